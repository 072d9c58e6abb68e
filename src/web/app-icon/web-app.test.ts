import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client.ts";
import { testApp } from "../../http/testing.ts";

/** The installable app: its manifest, the icons it names, and the service worker. */
describe("the web app", () => {
  const app = testApp({} as Db);

  it("is installable as »Referat«, opening the staff area on its own", async () => {
    const res = await app.request("/manifest.webmanifest");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/manifest+json");
    const manifest = (await res.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: "Referat",
      short_name: "Referat",
      start_url: "/app",
      display: "standalone",
      theme_color: "#004d99",
    });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
    for (const icon of manifest.icons) {
      const png = await app.request(icon.src);
      expect(png.headers.get("content-type")).toBe("image/png");
      const bytes = Buffer.from(await png.arrayBuffer());
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      const size = Number(icon.sizes.split("x")[0]);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("gives the browser tab the app's icon, also where a page names none", async () => {
    const page = await (await app.request("/")).text();
    const href = /<link rel="icon" type="image\/png" href="([^"]+)"/.exec(page)?.[1];
    expect(href).toMatch(/^\/assets\/ikoner\/ikon-32\.png\?v=/);
    for (const path of [href as string, "/favicon.ico"]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([32, 32]);
    }
  });

  it("serves the service worker unversioned by the browser's cache", async () => {
    const res = await app.request("/sw.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect((await res.text()).length).toBeGreaterThan(1000);
  });
});
