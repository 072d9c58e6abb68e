import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { type Database, openDatabase } from "../../src/db/client.ts";
import { generateDemoData } from "../../src/domain/demo/generate-demo-data.ts";
import { FileSystemStorage } from "../../src/storage/file-system-storage.ts";

/** The benchmark archive: `referat demo --years 20 --committees 60`, on a fixed day. */
export const ARCHIVE = { years: 20, committees: 60, seed: 2025, today: "2025-06-01" };
export type ArchiveOptions = typeof ARCHIVE;

const ROOT = new URL("../../", import.meta.url).pathname;
/** What the archive's content depends on (a change there builds a new one), not how it is read. */
const SOURCES: [string, RegExp][] = [
  ["src/db/migrations", /\.(sql|json)$/],
  ["src/domain/demo", /\.ts$/],
  ["src/domain/publication", /\.ts$/],
  ["src/domain/meeting", /^get-meetings\.ts$/],
  ["src/search", /^(build-search-documents|index-|insert-|read-attachment|reindex).*\.ts$/],
];

async function fingerprint(options: ArchiveOptions): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify(options));
  for (const [dir, pattern] of SOURCES) {
    for (const name of (await readdir(join(ROOT, dir), { recursive: true })).sort()) {
      if (pattern.test(name) && !/\.test\.tsx?$/.test(name)) {
        hash.update(name).update(await readFile(join(ROOT, dir, name)));
      }
    }
  }
  return hash.digest("hex").slice(0, 16);
}

export interface Archive {
  database: Database;
  storage: FileSystemStorage;
  /** How the archive was come by, for the benchmark's notes. */
  note: string;
  close(): Promise<void>;
}

/**
 * The benchmark archive on PGlite: generated once into a data directory under the system's
 * temporary directory (minutes), reused while its sources are unchanged, and opened afresh.
 */
export async function archiveDatabase(options: ArchiveOptions = ARCHIVE): Promise<Archive> {
  const dir = join(tmpdir(), `referat-bench-archive-${await fingerprint(options)}`);
  let note = `reused ${dir}`;
  if (!existsSync(join(dir, "READY"))) {
    const started = performance.now();
    const building = `${dir}.building-${process.pid}`;
    await rm(building, { recursive: true, force: true });
    const database = await openDatabase({ kind: "pglite", dataDir: join(building, "db") });
    try {
      await generateDemoData(database.db, new FileSystemStorage(join(building, "files")), options);
      await database.db.execute(sql`vacuum analyze`);
    } finally {
      await database.close();
    }
    await writeFile(join(building, "READY"), JSON.stringify(options));
    await rm(dir, { recursive: true, force: true });
    await rename(building, dir);
    note = `built in ${((performance.now() - started) / 1000).toFixed(0)} s`;
  }
  const database = await openDatabase({ kind: "pglite", dataDir: join(dir, "db") });
  const storage = new FileSystemStorage(join(dir, "files"));
  return { database, storage, note, close: () => database.close() };
}

/**
 * The same archive in a scratch database on the PostgreSQL server at `url`, generated for
 * this run and dropped when closed.
 */
export async function archivePostgres(url: string, options: ArchiveOptions = ARCHIVE) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `referat_bench_${randomBytes(6).toString("hex")}`;
  await admin.query(`create database ${name}`);
  const files = await mkdtemp(join(tmpdir(), "referat-bench-files-"));
  const target = new URL(url);
  target.pathname = `/${name}`;
  const started = performance.now();
  const database = await openDatabase({ kind: "postgres", url: target.toString() });
  const storage = new FileSystemStorage(files);
  await generateDemoData(database.db, storage, options);
  await database.db.execute(sql`vacuum analyze`);
  const note = `built in ${((performance.now() - started) / 1000).toFixed(0)} s`;
  const close = async () => {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await rm(files, { recursive: true, force: true });
  };
  return { database, storage, note, close } satisfies Archive;
}
