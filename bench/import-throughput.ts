import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { storeParsedMinutes } from "../src/domain/archive/store-parsed-minutes.ts";
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

/** Parse and store in PGlite (in memory): documents per second, each a distinct meeting. */
export async function storeThroughput(rounds = 5, perRound = 60): Promise<Figure> {
  const docs = await seeds();
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  const organisationId = await findOrCreateOrganisation(database.db, "Bench Kommune");
  const samples: number[] = [];
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (let i = 0; i < perRound; i++, n++) {
      const d = docs[n % docs.length] as { name: string; bytes: Buffer };
      const parsed = await parseLegacyBuffer(d.bytes, d.name);
      // A distinct meeting per document: shift the date by n days.
      const date = new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);
      parsed.meeting.date = date;
      await storeParsedMinutes(database.db, parsed, {
        organisationId,
        fileName: d.name,
        sha256: `bench-${n}`,
      });
    }
    samples.push(perRound / ((performance.now() - started) / 1000));
  }
  await database.close();
  return {
    name: "import: parse + store (PGlite)",
    unit: "documents/s",
    samples,
    higherIsBetter: true,
  };
}
