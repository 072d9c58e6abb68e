import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { bundleScript, SCRIPT_NAMES } from "./scripts.ts";
import { bundleServiceWorker, SERVICE_WORKER_FILE } from "./service-worker.ts";

export { usePrebuiltBundles } from "./prebuilt-bundles.ts";

/**
 * Writes every island and the service worker to `folder`, bundled as the server would bundle
 * them. An entry of the server bundle: bin/start.mjs runs it after building.
 */
export async function writeBrowserBundles(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await Promise.all([
    ...SCRIPT_NAMES.map(async (name) =>
      writeFile(join(folder, `${name}.js`), await bundleScript(name)),
    ),
    bundleServiceWorker().then((code) => writeFile(join(folder, SERVICE_WORKER_FILE), code)),
  ]);
}
