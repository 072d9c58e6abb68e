import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const AUTOCANNON = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  non2xx: number;
  errors: number;
  bytesPerSecond: number;
}

/**
 * autocannon in a process of its own (so it never shares an event loop with the server under
 * test): `connections` keep-alive connections against `url` for `seconds`.
 */
export function load(url: string, seconds: number, connections = 100): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [AUTOCANNON, "-c", String(connections), "-d", String(seconds), "-j", url],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err}`));
      const r = JSON.parse(out);
      resolve({
        requestsPerSecond: r.requests.average,
        p99Ms: r.latency.p99,
        p50Ms: r.latency.p50,
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
        bytesPerSecond: r.throughput.average,
      });
    });
  });
}
