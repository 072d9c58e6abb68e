import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { loadConfig } from "../src/config.ts";
import { createApp } from "../src/http/app.ts";
import { createLogger } from "../src/logger.ts";
import { archiveDatabase } from "./lib/archive.ts";
import { type LoadResult, load } from "./lib/load.ts";
import { heaviestMeeting, renderMisses } from "./lib/meeting-page.ts";
import { startStaticServer } from "./lib/static-server.ts";
import { type Figure, median } from "./lib/table.ts";

const SECONDS = 10;
const ROUNDS = 3;

/**
 * Rounds of `SECONDS` under load against each URL in turn (a, b, a, b, ...), after a warm-up
 * of each, so that a change in the machine's load in between hits both alike.
 */
async function measureAlternately(a: string, b: string): Promise<[LoadResult[], LoadResult[]]> {
  await load(a, 3); // warm-up: JIT, connections, the page cache
  await load(b, 3);
  const results: [LoadResult[], LoadResult[]] = [[], []];
  for (let i = 0; i < ROUNDS; i++) {
    for (const [j, url] of [a, b].entries()) {
      const r = await load(url, SECONDS);
      if (r.non2xx > 0 || r.errors > 0) {
        throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      }
      results[j]?.push(r);
    }
  }
  return results;
}

/**
 * The public meeting page of the 20 years × 60 committees archive under 100 connections
 * (autocannon, 10 s, three rounds each, taken in turns), served by Referat in this process,
 * next to the same bytes served as a static file by nginx; the ratio of requests per second is
 * the target (≥ 30 %).
 */
export async function portalThroughput(): Promise<Figure[]> {
  const archive = await archiveDatabase();
  const { db } = archive.database;
  // Requests are not logged, as nginx's access_log is off below.
  const config = loadConfig({ LOG_LEVEL: "warn", DATABASE_URL: "" });
  const app = createApp({ db, config, logger: createLogger("warn"), storage: archive.storage });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () =>
      resolve(s as Server),
    ) as Server;
  });
  const id = await heaviestMeeting(db);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/moeder/${id}`;
  try {
    const page = await fetch(url);
    const body = new Uint8Array(await page.arrayBuffer());
    if (page.status !== 200) throw new Error(`${url}: ${page.status}`);
    const misses = await renderMisses(db, id, 50);
    const statics = await startStaticServer(body);
    let referat: LoadResult[];
    let nginx: LoadResult[];
    try {
      [referat, nginx] = await measureAlternately(url, statics.url);
    } finally {
      await statics.close();
    }
    const rps = (list: LoadResult[]) => list.map((r) => r.requestsPerSecond);
    const ratio = median(rps(referat)) / median(rps(nginx));
    const label = `meeting page /moeder/${id} (${(body.byteLength / 1024).toFixed(0)} KiB)`;
    const note = `${archive.note}; static: ${statics.name}`;
    console.log(
      `\nPortal: ${label}: ${median(rps(referat)).toFixed(0)} req/s, p99 ${median(referat.map((r) => r.p99Ms))} ms; ` +
        `${statics.name}, same bytes: ${median(rps(nginx)).toFixed(0)} req/s, p99 ${median(nginx.map((r) => r.p99Ms))} ms; ` +
        `ratio ${(ratio * 100).toFixed(0)} % (target ≥ 30 %)`,
    );
    return [
      {
        name: `${label}, 100 connections`,
        unit: "req/s",
        samples: rps(referat),
        higherIsBetter: true,
        note,
      },
      {
        name: `${label}, 100 connections: p99 latency`,
        unit: "ms",
        samples: referat.map((r) => r.p99Ms),
      },
      {
        name: "same HTML as a static file, 100 connections",
        unit: "req/s",
        samples: rps(nginx),
        higherIsBetter: true,
        note: statics.name,
      },
      {
        name: "same HTML as a static file: p99 latency",
        unit: "ms",
        samples: nginx.map((r) => r.p99Ms),
      },
      {
        name: "meeting page req/s as a share of the static server's",
        unit: "%",
        samples: [ratio * 100],
        note: "target ≥ 30 %",
      },
      {
        name: "meeting page rendered from the database (a cache miss)",
        unit: "ms",
        samples: misses,
      },
    ];
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await archive.close();
  }
}

// `tsx bench/portal.ts` runs this figure alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { printTable } = await import("./lib/table.ts");
  printTable(await portalThroughput());
}
