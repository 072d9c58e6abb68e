import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { type DatabaseTarget, openDatabase } from "../src/db/client.ts";
import {
  type MinutesFile,
  storeParsedMinutesBatch,
} from "../src/domain/archive/store-parsed-minutes-batch.ts";
import { findOrCreateOrganisation } from "../src/domain/organisation/find-or-create-organisation.ts";
import { parseLegacyBuffer } from "../src/import/read-legacy-file.ts";
import type { Figure } from "./lib/table.ts";

const SEEDS = new URL("../../shared/seeds/", import.meta.url);

async function seeds(): Promise<{ name: string; bytes: Buffer }[]> {
  const names = (await readdir(SEEDS)).filter((n) => n.endsWith(".txt")).sort();
  return Promise.all(
    names.map(async (name) => ({ name, bytes: await readFile(join(SEEDS.pathname, name)) })),
  );
}

/** Parsing only: seed-sized text documents per second, over rounds of `perRound` documents. */
export async function parseThroughput(rounds = 9, perRound = 300): Promise<Figure> {
  const docs = await seeds();
  for (const d of docs) await parseLegacyBuffer(d.bytes, d.name); // warm up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (let i = 0; i < perRound; i++) {
      const d = docs[i % docs.length] as { name: string; bytes: Buffer };
      await parseLegacyBuffer(d.bytes, d.name);
    }
    samples.push(perRound / ((performance.now() - started) / 1000));
  }
  return {
    name: "import: parse seed-sized text",
    unit: "documents/s",
    samples,
    higherIsBetter: true,
  };
}

/**
 * Parse and store as `referat import` does (batches, several files per transaction):
 * documents per second, each a distinct meeting, on PGlite in memory.
 */
export function storeThroughput(rounds = 5, perRound = 100): Promise<Figure> {
  const target: DatabaseTarget = { kind: "pglite", dataDir: null };
  return measureStore("import: parse + store (PGlite)", target, rounds, perRound);
}

/** The same on the PostgreSQL server at `url`, in a scratch database dropped afterwards. */
export async function storeThroughputPostgres(
  url: string,
  rounds = 5,
  perRound = 100,
): Promise<Figure> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `referat_bench_${randomBytes(6).toString("hex")}`;
  try {
    await admin.query(`create database ${name}`);
    const scratch = new URL(url);
    scratch.pathname = `/${name}`;
    const target: DatabaseTarget = { kind: "postgres", url: scratch.toString() };
    return await measureStore("import: parse + store (PostgreSQL)", target, rounds, perRound);
  } finally {
    await dropWhenIdle(admin, name);
    await admin.end();
  }
}

/** Drops the scratch database once its connections have closed (the pool closes them late). */
async function dropWhenIdle(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`drop database if exists ${name}`);
      return;
    } catch (error) {
      if (attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function measureStore(
  name: string,
  target: DatabaseTarget,
  rounds: number,
  perRound: number,
): Promise<Figure> {
  const docs = await seeds();
  const database = await openDatabase(target);
  const organisationId = await findOrCreateOrganisation(database.db, "Bench Kommune");
  const samples: number[] = [];
  let n = 0;
  try {
    for (let r = 0; r < rounds; r++) {
      const started = performance.now();
      const files: MinutesFile[] = [];
      for (let i = 0; i < perRound; i++, n++) {
        const d = docs[n % docs.length] as { name: string; bytes: Buffer };
        const parsed = await parseLegacyBuffer(d.bytes, d.name);
        // A distinct meeting per document: shift the date by n days.
        parsed.meeting.date = new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);
        files.push({ parsed, fileName: d.name, sha256: `bench-${n}` });
      }
      const outcomes = await storeParsedMinutesBatch(database.db, files, organisationId);
      const failed = outcomes.find((o) => o.status !== "created");
      if (failed) throw new Error(`bench: a document was not created (${failed.status})`);
      samples.push(perRound / ((performance.now() - started) / 1000));
    }
  } finally {
    await database.close();
  }
  return { name, unit: "documents/s", samples, higherIsBetter: true };
}
