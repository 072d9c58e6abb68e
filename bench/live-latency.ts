import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { loadConfig } from "../src/config.ts";
import { type Database, openDatabase } from "../src/db/client.ts";
import { startServer } from "../src/http/server.ts";
import { sessionCookie } from "../src/http/testing.ts";
import { createLogger } from "../src/logger.ts";
import { FileSystemStorage } from "../src/storage/file-system-storage.ts";
import { createSession, createUser } from "../test/factories.ts";
import { createHoldWorld } from "../test/meeting-hold-world.ts";
import { now, ViewerPool, type Viewers, viewersInWorker } from "./lib/sse-viewers.ts";
import { type Figure, printPercentiles, printTable } from "./lib/table.ts";

const VIEWERS = 500;
const DECISIONS = 20;
/** Decisions saved first and not counted: JIT, the first query plans, the sockets' buffers. */
const WARM_UP = 3;
/** How long one decision may take to reach every viewer before the run counts as failed. */
const ARRIVAL_TIMEOUT_MS = 30_000;

/** A fresh database: PGlite in memory, or a scratch database on the PostgreSQL at `url`. */
async function scratchDatabase(url?: string): Promise<Database & { label: string }> {
  if (!url) {
    const database = await openDatabase({ kind: "pglite", dataDir: null });
    return { ...database, label: "PGlite" };
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `referat_bench_${randomBytes(6).toString("hex")}`;
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: target.toString() });
  const close = async () => {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  return { ...database, close, label: "PostgreSQL" };
}

/**
 * How long a saved decision takes to show on the live view at 500 watchers: the real server on
 * a free port (PGlite in memory, or a scratch database on PostgreSQL with DATABASE_URL), 500
 * members of the committee each with a session of their own and one open stream of
 * /app/moeder/:id/haendelser (the per-session cap stays as configured), then the minute taker
 * saves decisions one after another through the real form POST, each with the version the
 * previous one produced (as the viewers received it). For every decision the time from sending
 * the POST to its arrival at each viewer, and from the POST's response to that arrival.
 *
 * Where the viewers run: in a worker thread by default; BENCH_LIVE_CLIENTS=main puts them on
 * the server's event loop. Measured both ways on 2 busy cores (load 11-12): in the worker,
 * p99 236-305 ms and the last viewer 11-46 ms after the POST's response; on the server's loop,
 * p99 334-501 ms and up to 333 ms after the response. There the viewers' reading and parsing
 * of 500 events queues between the server's 500 writes and adds to both the POST's time and
 * the arrivals, a cost that 500 real devices bear themselves; so the worker it is.
 *
 * Run alone: `npm run bench -- live`; on PostgreSQL: `DATABASE_URL=postgres://... npm run
 * bench -- live`; directly: `npx tsx bench/live-latency.ts`.
 */
export async function liveLatency(
  postgresUrl?: string,
  clients = process.env.BENCH_LIVE_CLIENTS ?? "worker",
): Promise<{ figures: Figure[]; percentiles: Figure[] }> {
  const database = await scratchDatabase(postgresUrl);
  const files = await mkdtemp(join(tmpdir(), "referat-bench-live-"));
  const { db } = database;
  const w = await createHoldWorld(db);
  const setupStarted = performance.now();
  const cookies: string[] = [];
  for (let i = 0; i < VIEWERS; i++) {
    const member = await createUser(db, {
      organisationId: w.org.id,
      name: `Medlem ${i + 1}`,
      password: null,
      roles: [{ role: "member", committeeId: w.committee.id }],
    });
    cookies.push(sessionCookie((await createSession(db, member.id)).token));
  }
  const setupMs = performance.now() - setupStarted;
  const secretary = await createSession(db, w.users.secretary.id);
  const config = loadConfig({ LOG_LEVEL: "silent", HOST: "127.0.0.1", PORT: "0" });
  const server = await startServer({
    db,
    config,
    logger: createLogger("silent"),
    storage: new FileSystemStorage(files),
  });
  const viewers: Viewers = clients === "main" ? new ViewerPool() : viewersInWorker();
  const item = w.items[1]?.id ?? 0;
  let version = 0;
  /** Saves the decision once more through the form, with the version the last save produced. */
  const save = async (): Promise<{ sent: number; answered: number }> => {
    const sent = now();
    const response = await fetch(
      `${server.url}/app/moeder/${w.meeting.id}/afvikling/punkt/${item}/beslutning`,
      {
        method: "POST",
        redirect: "manual",
        headers: {
          cookie: sessionCookie(secretary.token),
          origin: server.url,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({
          _csrf: secretary.csrfToken,
          version: String(version),
          udfald: "decided",
          tekst: `Udvalget godkendte indstillingen (gemt efter version ${version}).`,
        }).toString(),
      },
    );
    await response.arrayBuffer();
    const answered = now();
    if (response.status !== 303) throw new Error(`decision POST: status ${response.status}`);
    // A save with a stale version is refused (409); this one was stored as the next version,
    // which the viewers' events carry (arrivals() waits for exactly that version).
    version += 1;
    return { sent, answered };
  };
  const unwatchedMs: number[] = [];
  const postMs: number[] = [];
  const fromPost: number[] = [];
  const fromResponse: number[] = [];
  let connectMs = 0;
  try {
    for (let run = 0; run < WARM_UP + DECISIONS; run++) {
      const { sent, answered } = await save();
      if (run >= WARM_UP) unwatchedMs.push(answered - sent);
    }
    const connectStarted = performance.now();
    await viewers.open(`${server.url}/app/moeder/${w.meeting.id}/haendelser`, cookies);
    connectMs = performance.now() - connectStarted;
    for (let run = 0; run < WARM_UP + DECISIONS; run++) {
      const { sent, answered } = await save();
      const times = await viewers.arrivals(version, ARRIVAL_TIMEOUT_MS);
      if (run < WARM_UP) continue;
      postMs.push(answered - sent);
      for (const at of times) {
        fromPost.push(at - sent);
        fromResponse.push(at - answered);
      }
    }
  } finally {
    await viewers.close();
    await server.close();
    await database.close();
    await rm(files, { recursive: true, force: true });
  }
  const where = clients === "main" ? "viewers on the server's thread" : "viewers in a worker";
  const label = `${database.label}, ${VIEWERS} viewers, ${DECISIONS} decisions`;
  const note = `${where}; ${VIEWERS} sessions made in ${(setupMs / 1000).toFixed(1)} s`;
  return {
    figures: [
      {
        name: `live view: ${VIEWERS} viewers connected, all ready (${database.label})`,
        unit: "ms",
        samples: [connectMs],
        note: where,
      },
      {
        name: `live view: decision POST (303), nobody watching (${database.label})`,
        unit: "ms",
        samples: unwatchedMs,
      },
      {
        name: `live view: decision POST (303), ${VIEWERS} viewers watching (${database.label})`,
        unit: "ms",
        samples: postMs,
      },
    ],
    percentiles: [
      {
        name: `live view: decision POST sent -> event at each viewer (${label})`,
        unit: "ms",
        samples: fromPost,
        note,
      },
      {
        name: `live view: POST's response -> event at each viewer (${label})`,
        unit: "ms",
        samples: fromResponse,
        note: "negative: the viewer had it before the minute taker had the redirect",
      },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await liveLatency(process.env.DATABASE_URL || undefined);
  printTable(result.figures);
  printPercentiles(result.percentiles);
}
