import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prebuiltBundle, usePrebuiltBundles } from "./prebuilt-bundles.ts";
import { SCRIPT_NAMES, scriptBundle } from "./scripts.ts";
import { SERVICE_WORKER_FILE, serviceWorkerBundle } from "./service-worker.ts";
import { writeBrowserBundles } from "./write-browser-bundles.ts";

const folder = await mkdtemp(join(tmpdir(), "referat-browser-"));
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("browser bundles built ahead of time", () => {
  it("are the very bundles the server would build, so their versioned URLs stay the same", async () => {
    await writeBrowserBundles(folder);
    for (const name of SCRIPT_NAMES) {
      expect(await readFile(join(folder, `${name}.js`), "utf8")).toBe(scriptBundle(name).code);
    }
    const worker = await readFile(join(folder, SERVICE_WORKER_FILE), "utf8");
    expect(worker).toBe(serviceWorkerBundle().code);
  }, 60_000);

  it("are read from their folder once it is given; one not there is left to be built", () => {
    usePrebuiltBundles(folder);
    expect(prebuiltBundle("copy-link.js")).toBe(scriptBundle("copy-link").code);
    expect(prebuiltBundle("no-such-island.js")).toBeNull();
  });
});
