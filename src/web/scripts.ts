import { fileURLToPath } from "node:url";
import { type BuildOptions, build, buildSync } from "esbuild";
import { contentVersion } from "./content-version.ts";
import { prebuiltBundle } from "./prebuilt-bundles.ts";

/**
 * Browser scripts ("islands"): one TypeScript entry per name in src/web/client/, bundled by
 * esbuild and kept in memory for the life of the process. `npm start` bundles them ahead of
 * time (prebuilt-bundles.ts); otherwise the server bundles them all right after it starts
 * (prepareScripts, off the event loop), and a page asking before that bundles its own at once.
 * Pages work without them; a script only improves a page that already works as plain HTML.
 * The URL carries a hash of the bundle, so browsers may cache it for a year.
 */
export const SCRIPT_NAMES = [
  "unsaved-changes",
  "case-editor",
  "agenda-order",
  "live-meeting",
  "meeting-room",
  "meeting-mode",
  "copy-link",
  "bilag-viewer",
  /** pdf.js's worker, started by bilag-viewer as a module worker from this origin. */
  "pdf-worker",
  "offline",
  "agenda-reading",
  "submit-once",
] as const;
export type ScriptName = (typeof SCRIPT_NAMES)[number];

type Bundle = { code: string; version: string };
const bundles = new Map<ScriptName, Bundle>();

export function isScriptName(name: string): name is ScriptName {
  return (SCRIPT_NAMES as readonly string[]).includes(name);
}

const OPTIONS = {
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2020",
  platform: "browser",
  write: false,
  legalComments: "none",
  logLevel: "silent",
} satisfies BuildOptions;

const optionsOf = (name: ScriptName) => ({
  entryPoints: [fileURLToPath(new URL(`./client/${name}.ts`, import.meta.url))],
  ...OPTIONS,
});

function keep(name: ScriptName, code: string): Bundle {
  const bundle = { code, version: contentVersion(code) };
  bundles.set(name, bundle);
  return bundle;
}

/** Bundles one island in esbuild's own process. */
export async function bundleScript(name: ScriptName): Promise<string> {
  return (await build(optionsOf(name))).outputFiles[0]?.text ?? "";
}

/** The bundled code of one entry (built once per process, unless built ahead of time). */
export function scriptBundle(name: ScriptName): Bundle {
  const cached = bundles.get(name);
  if (cached) return cached;
  const code = prebuiltBundle(`${name}.js`) ?? buildSync(optionsOf(name)).outputFiles[0]?.text;
  return keep(name, code ?? "");
}

/**
 * Bundles every island not bundled yet, so the first page that needs one does not wait for it
 * (bundling the editor takes a quarter of a second or more).
 */
export async function prepareScripts(): Promise<void> {
  await Promise.all(
    SCRIPT_NAMES.map(async (name) => {
      if (bundles.has(name)) return;
      const code = prebuiltBundle(`${name}.js`) ?? (await bundleScript(name));
      if (!bundles.has(name)) keep(name, code);
    }),
  );
}

/** The versioned URL a page puts in `<script type="module" src>`. */
export function scriptPath(name: ScriptName): string {
  return `/assets/js/${name}.js?v=${scriptBundle(name).version}`;
}
