import { fileURLToPath } from "node:url";
import { type BuildOptions, build, buildSync } from "esbuild";
import { contentVersion } from "./content-version.ts";
import { prebuiltBundle } from "./prebuilt-bundles.ts";

/**
 * The service worker (client/sw/service-worker.ts) that keeps a member's meetings for reading
 * offline, bundled with esbuild like the islands (adr/0011) as a classic script, as Safari on
 * older iPads runs no module workers. Its URL carries the bundle's hash: a new build is a new
 * worker, whose cache names carry that version, so the browser replaces the old one.
 */
let bundle: { code: string; version: string } | undefined;

const OPTIONS = {
  entryPoints: [fileURLToPath(new URL("./client/sw/service-worker.ts", import.meta.url))],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  platform: "browser",
  write: false,
  legalComments: "none",
  logLevel: "silent",
  // Workbox's development logging is left out.
  define: { "process.env.NODE_ENV": '"production"' },
} satisfies BuildOptions;

/** The file name of the prebuilt worker (prebuilt-bundles.ts). */
export const SERVICE_WORKER_FILE = "service-worker.js";

/** Bundles the worker in esbuild's own process. */
export async function bundleServiceWorker(): Promise<string> {
  return (await build(OPTIONS)).outputFiles[0]?.text ?? "";
}

export function serviceWorkerBundle(): { code: string; version: string } {
  if (bundle) return bundle;
  const code = prebuiltBundle(SERVICE_WORKER_FILE) ?? buildSync(OPTIONS).outputFiles[0]?.text ?? "";
  bundle = { code, version: contentVersion(code) };
  return bundle;
}

/** Where pages register the worker; it controls the staff area only. */
export function serviceWorkerPath(): string {
  return `/sw.js?v=${serviceWorkerBundle().version}`;
}
