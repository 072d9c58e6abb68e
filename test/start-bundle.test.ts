import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;

describe("the bundle npm start runs", () => {
  it("names the source file and line in a stack trace, not the bundle's", async () => {
    // What start.mjs does before it loads the server: source maps on, then the bundle.
    const script = `
      import { join } from "node:path";
      import { pathToFileURL } from "node:url";
      import { serverBundle } from "./bin/start.mjs";
      process.setSourceMapsEnabled(true);
      const folder = await serverBundle();
      const m = await import(pathToFileURL(join(folder, "browser-bundles.mjs")).href);
      await m.writeBrowserBundles(null).catch((error) => console.log(error.stack));
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--input-type=module", "-e", script],
      { cwd: ROOT },
    );
    expect(stdout).toMatch(/\(\/.*\/src\/web\/write-browser-bundles\.ts:\d+:\d+\)/);
    expect(stdout).not.toContain(".cache/referat");
  }, 60_000);
});
