import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

/**
 * Browser scripts ("islands"): one TypeScript entry per name in src/web/client/, bundled by
 * esbuild the first time a page asks for it and kept in memory for the life of the process.
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
] as const;
export type ScriptName = (typeof SCRIPT_NAMES)[number];

type Bundle = { code: string; version: string };
const bundles = new Map<ScriptName, Bundle>();

export function isScriptName(name: string): name is ScriptName {
  return (SCRIPT_NAMES as readonly string[]).includes(name);
}

/** The bundled code of one entry (built once per process). */
export function scriptBundle(name: ScriptName): Bundle {
  const cached = bundles.get(name);
  if (cached) return cached;
  const entry = fileURLToPath(new URL(`./client/${name}.ts`, import.meta.url));
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const bundle = { code, version: createHash("sha256").update(code).digest("hex").slice(0, 10) };
  bundles.set(name, bundle);
  return bundle;
}

/** The versioned URL a page puts in `<script type="module" src>`. */
export function scriptPath(name: ScriptName): string {
  return `/assets/js/${name}.js?v=${scriptBundle(name).version}`;
}
