import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The browser bundles `npm start` builds with the server bundle (bin/start.mjs,
 * write-browser-bundles.ts): a server started from it bundles nothing, so esbuild does not
 * take the two cores from the first requests. Under tsx (tests, the command line) there is no
 * such folder and each bundle is built when it is first asked for.
 */
let folder: string | null = null;

export function usePrebuiltBundles(path: string): void {
  folder = path;
}

/** The prebuilt code of a bundle file (`case-editor.js`), or null when there is none. */
export function prebuiltBundle(file: string): string | null {
  if (!folder) return null;
  try {
    return readFileSync(join(folder, file), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
