import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const MARKER = "FORTROLIGT-DEMO-7F3A";

/** Starts Referat as `npm start` does, on port 0, and resolves with its URL from the log. */
function start(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ["bin/start.mjs"], {
    cwd: ROOT,
    env: { ...env, REFERAT_DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      const url = /"url":"([^"]+)"/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

/** Every page reachable by links from `/` on the same server (bounded). */
async function crawl(base: string, limit = 150): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const queue = ["/"];
  while (queue.length && pages.size < limit) {
    const path = queue.shift() as string;
    if (pages.has(path)) continue;
    const response = await fetch(new URL(path, base));
    const body = await response.text();
    pages.set(path, body);
    for (const [, href] of body.matchAll(/href="(\/[^"#]*)"/g)) {
      if (href && !href.startsWith("/app") && !href.startsWith("/login") && !pages.has(href))
        queue.push(href);
    }
  }
  return pages;
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "referat-start-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("npm start on an empty data directory", () => {
  it("serves the demo, keeps closed content off public pages, and shuts down cleanly", async () => {
    const { child, url } = await start(dataDir);
    try {
      const health = await fetch(new URL("/healthz", url));
      expect(health.status).toBe(200);
      const pages = await crawl(url);
      const home = pages.get("/") ?? "";
      for (const name of ["Chefforum", "KommuneMED", "Økonomiudvalget", "Kommunalbestyrelsen"]) {
        expect(home).toContain(name);
      }
      expect(pages.size).toBeGreaterThan(20);
      expect([...pages.values()].some((html) => html.includes("Lukket punkt"))).toBe(true);
      const leaks = [...pages].filter(([, html]) => html.includes(MARKER)).map(([path]) => path);
      expect(leaks).toEqual([]);
      // The browser's scripts come from the bundles built with the server's.
      const scripts = new Set(
        [...pages.values()].flatMap((html) =>
          [...html.matchAll(/"(\/(?:assets\/js|sw)[^"]*)"/g)].map((m) => m[1] as string),
        ),
      );
      expect(scripts.size).toBeGreaterThan(1);
      for (const path of scripts) {
        const script = await fetch(new URL(path, url));
        expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
        expect((await script.text()).length).toBeGreaterThan(100);
      }
    } finally {
      expect(await stop(child)).toBe(0);
    }
  }, 120_000);

  it("starts again on the same data without creating the demo twice", async () => {
    const { child, url } = await start(dataDir);
    try {
      const home = await (await fetch(new URL("/", url))).text();
      expect(home.match(/href="\/udvalg\/chefforum"/g)).toHaveLength(1);
    } finally {
      await stop(child);
    }
  }, 120_000);
});
