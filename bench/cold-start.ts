import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Figure } from "./lib/table.ts";

const ROOT = new URL("..", import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no 200 from ${url} within ${limitMs} ms`);
}

async function rssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

/**
 * Starts the server as `npm start` does (tsx, demo data) on an empty data directory and times
 * spawn -> first 200 from /healthz; then reads the server's resident memory.
 */
export async function coldStart(runs = 3): Promise<Figure[]> {
  const times: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = await mkdtemp(join(tmpdir(), "referat-cold-"));
    const port = await freePort();
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        REFERAT_DATA_DIR: dataDir,
        PORT: String(port),
        LOG_LEVEL: "warn",
        DATABASE_URL: "",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    try {
      await waitForHealth(`http://127.0.0.1:${port}/healthz`, child, 60_000);
      times.push((performance.now() - started) / 1000);
      await new Promise((r) => setTimeout(r, 500));
      rss.push((await rssKiB(child.pid as number)) / 1024);
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  return [
    {
      name: "cold start, empty data dir -> first 200 /healthz (incl. demo data)",
      unit: "s",
      samples: times,
    },
    { name: "server RSS after start", unit: "MiB", samples: rss },
  ];
}
