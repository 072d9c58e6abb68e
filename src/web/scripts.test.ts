import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { testApp } from "../http/testing.ts";
import { styleSheetPath } from "./assets.ts";
import { SCRIPT_NAMES, scriptPath } from "./scripts.ts";
import { serviceWorkerPath } from "./service-worker.ts";

describe("browser scripts", () => {
  it("serves every island bundled, as JavaScript, under a versioned URL that may be cached", async () => {
    const app = testApp({} as Db);
    for (const name of SCRIPT_NAMES) {
      const path = scriptPath(name);
      expect(path).toMatch(new RegExp(`^/assets/js/${name}\\.js\\?v=[0-9a-f]{10}$`));
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      expect(res.headers.get("cache-control")).toContain("immutable");
      const code = await res.text();
      expect(code.length).toBeGreaterThan(20);
      // Bundled into one file: esbuild fails the build on an import it cannot resolve, and
      // marks nothing external, so a browser never has to fetch a bare module name.
    }
  });

  it("sends the scripts, the worker and the style sheet gzip-compressed to browsers that take it", async () => {
    const app = testApp({} as Db);
    for (const path of [...SCRIPT_NAMES.map(scriptPath), serviceWorkerPath(), styleSheetPath]) {
      const plain = await (await app.request(path)).text();
      const asked = { headers: { "accept-encoding": "gzip, deflate" } };
      const [first, again] = [await app.request(path, asked), await app.request(path, asked)];
      for (const packed of [first, again]) {
        expect(packed.headers.get("vary"), path).toBe("Accept-Encoding");
        if (plain.length < 1024) continue;
        expect(packed.headers.get("content-encoding"), path).toBe("gzip");
        const bytes = new Uint8Array(await packed.arrayBuffer());
        expect(gunzipSync(bytes).toString(), path).toBe(plain);
      }
    }
  });

  it("sends them brotli-compressed once it is made, and gzip until then", async () => {
    const app = testApp({} as Db);
    const path = scriptPath("bilag-viewer");
    const plain = await (await app.request(path)).text();
    const asked = { headers: { "accept-encoding": "gzip, deflate, br" } };
    let answer = await app.request(path, asked);
    expect(["gzip", "br"]).toContain(answer.headers.get("content-encoding"));
    for (let n = 0; n < 300 && answer.headers.get("content-encoding") !== "br"; n++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await app.request(path, asked);
    }
    expect(answer.headers.get("content-encoding")).toBe("br");
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect(brotliDecompressSync(bytes).toString()).toBe(plain);
    // Smaller than gzip, or there is no point.
    const gzipped = await app.request(path, { headers: { "accept-encoding": "gzip" } });
    expect(bytes.length).toBeLessThan((await gzipped.arrayBuffer()).byteLength);
  });

  it("answers 404 for a script that is not an island", async () => {
    const app = testApp({} as Db);
    expect((await app.request("/assets/js/nope.js")).status).toBe(404);
    expect((await app.request("/assets/js/..%2Fconfig.js")).status).toBe(404);
  });
});
