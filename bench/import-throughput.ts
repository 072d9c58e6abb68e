import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type DatabaseTarget, openDatabase } from "../src/db/client.ts";
import { importLegacyFiles } from "../src/domain/archive/import-legacy-files.ts";
import { findOrCreateOrganisation } from "../src/domain/organisation/find-or-create-organisation.ts";
import { scanParsedMinutes } from "../src/domain/privacy/scan-parsed-minutes.ts";
import { webMessages } from "../src/i18n/da/web.ts";
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
 * Parse and store as `referat import` does (the same use case: files read and parsed on a
 * worker thread while earlier chunks are stored, several files per transaction, the CPR scan
 * of each stored file): documents per second, each a distinct meeting, on PGlite in memory.
 * Each round imports `perRound` new files from disk, starting its reader as an import does.
 */
export function storeThroughput(rounds = 5, perRound = 500): Promise<Figure> {
  const target: DatabaseTarget = { kind: "pglite", dataDir: null };
  return measureStore("import: parse + store (PGlite)", target, rounds, perRound);
}

/** The same on the PostgreSQL server at `url`, in a scratch database dropped afterwards. */
export async function storeThroughputPostgres(
  url: string,
  rounds = 5,
  perRound = 500,
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

/** A seed's text moved to another day: the dates of its title and of its Mødedato line. */
function onDay(text: string, day: Date): string {
  const { weekdays, months } = webMessages.date;
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const pad = (n: number) => String(n).padStart(2, "0");
  const [d, m, y] = [day.getUTCDate(), day.getUTCMonth(), day.getUTCFullYear()];
  return text
    .replace(/(REFERAT .*? d\. )\d{2}-\d{2}-\d{4}/, `$1${pad(d)}-${pad(m + 1)}-${y}`)
    .replace(
      /Mødedato \S+ d\. \d{1,2}\. \S+ \d{4}/,
      `Mødedato ${capitalise(weekdays[day.getUTCDay()] ?? "")} d. ${pad(d)}. ${months[m]} ${y}`,
    );
}

/** `count` seed files in a new folder, each moved to a day of its own. */
async function writeDocuments(count: number): Promise<{ folder: string; paths: string[] }> {
  const docs = await seeds();
  const folder = await mkdtemp(join(tmpdir(), "referat-bench-import-"));
  const paths: string[] = [];
  for (let n = 0; n < count; n++) {
    const d = docs[n % docs.length] as { name: string; bytes: Buffer };
    const path = join(folder, `${String(n).padStart(6, "0")}-${d.name}`);
    await writeFile(path, onDay(d.bytes.toString("utf8"), new Date(Date.UTC(2000, 0, 1 + n))));
    paths.push(path);
  }
  return { folder, paths };
}

async function measureStore(
  name: string,
  target: DatabaseTarget,
  rounds: number,
  perRound: number,
): Promise<Figure> {
  const { folder, paths } = await writeDocuments(rounds * perRound);
  const database = await openDatabase(target);
  const organisationId = await findOrCreateOrganisation(database.db, "Bench Kommune");
  const open = async () => ({ db: database.db, organisationId });
  const samples: number[] = [];
  try {
    for (let r = 0; r < rounds; r++) {
      const round = paths.slice(r * perRound, (r + 1) * perRound);
      const started = performance.now();
      await importLegacyFiles(round, open, {}, (entries) => {
        for (const entry of entries) {
          if ("error" in entry) throw new Error(`bench: ${entry.file} failed: ${entry.error}`);
          if (entry.result.status !== "created") {
            throw new Error(`bench: ${entry.file} was not created (${entry.result.status})`);
          }
          scanParsedMinutes(entry.parsed);
        }
      });
      samples.push(perRound / ((performance.now() - started) / 1000));
    }
  } finally {
    await database.close();
    await rm(folder, { recursive: true, force: true });
  }
  return { name, unit: "documents/s", samples, higherIsBetter: true };
}
