import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serverBundle } from "../bin/start.mjs";
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

interface Started {
  seconds: number;
  rssMiB: number;
}

/** Spawns the server as `npm start` does (the bundle, built before the runs) and times spawn -> first 200 from /healthz. */
async function startOnce(dataDir: string): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ["bin/start.mjs"], {
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
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 500));
    return { seconds, rssMiB: (await rssKiB(child.pid as number)) / 1024 };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

/** A cold start, then a warm start on the same data directory, `runs` times. */
async function coldThenWarm(runs: number): Promise<{ cold: Started[]; warm: Started[] }> {
  const cold: Started[] = [];
  const warm: Started[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = await mkdtemp(join(tmpdir(), "referat-cold-"));
    try {
      cold.push(await startOnce(dataDir));
      warm.push(await startOnce(dataDir));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  return { cold, warm };
}

/**
 * Cold start: an empty data directory (database created, migrated, demo data copied from the
 * demo `npm ci` made that day) to the first 200 from /healthz, and the server's resident memory
 * then; warm start: the same again on the now existing data directory. Then the cold start of
 * a later day, when the demo is made at start (the bundle's demo folder moved aside).
 */
export async function coldStart(runs = 5): Promise<Figure[]> {
  // As after `npm ci`: the server bundle, the database template and today's demo exist.
  execFileSync(process.execPath, ["bin/start.mjs", "--build"], { cwd: ROOT });
  const { cold, warm } = await coldThenWarm(runs);
  const demo = join(await serverBundle(), "demo");
  await rename(demo, `${demo}.aside`);
  let laterDay: Started[];
  try {
    laterDay = (await coldThenWarm(runs)).cold;
  } finally {
    await rename(`${demo}.aside`, demo);
  }
  return [
    {
      name: "cold start: empty data dir -> first 200 /healthz (incl. demo data)",
      unit: "s",
      samples: cold.map((s) => s.seconds),
    },
    { name: "server RSS after cold start", unit: "MiB", samples: cold.map((s) => s.rssMiB) },
    {
      name: "warm start: existing data dir -> first 200 /healthz",
      unit: "s",
      samples: warm.map((s) => s.seconds),
    },
    { name: "server RSS after warm start", unit: "MiB", samples: warm.map((s) => s.rssMiB) },
    {
      name: "cold start on a later day than npm ci (demo made at start)",
      unit: "s",
      samples: laterDay.map((s) => s.seconds),
    },
    {
      name: "server RSS after a later day's cold start",
      unit: "MiB",
      samples: laterDay.map((s) => s.rssMiB),
    },
  ];
}
