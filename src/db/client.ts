import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { migrationsFolder, pgliteExtensions, pgliteTemplate } from "./pglite-template.ts";
import * as schema from "./schema/index.ts";

export { migrationsFolder };

export type Schema = typeof schema;
/** The database handle every use case takes: the same API on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | null; loadDataDir?: Blob }
  | { kind: "postgres"; url: string };

export interface OpenOptions {
  /**
   * Fills a PGlite database that is being created, before it is first written to disk (the
   * demo year: written in memory and stored at once, it is many times faster than row by row
   * on disk). Not called for an existing database or on PostgreSQL.
   */
  onCreate?: (db: Db) => Promise<void>;
}

/** Opens the database and brings its schema up to date. Open once per process. */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<Database> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection the server ends (restart, admin command) is dropped from the pool and
    // the next query reconnects; without a listener the error would end the process.
    pool.on("error", () => {});
    const db = drizzlePg(pool, { schema });
    const client = await pool.connect();
    try {
      // Serialise concurrent starters (several workers or processes against one server).
      await client.query("select pg_advisory_lock(727365)");
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock(727365)").catch(() => {});
      client.release();
    }
    return { db: db as unknown as Db, kind: "postgres", close: () => pool.end() };
  }
  const client = await openPglite(target, options.onCreate);
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}

/**
 * A new cluster starts from the migrated template. One in a data folder is made in memory,
 * filled by onCreate, and unpacked into the folder; the instance that made it is released.
 */
async function openPglite(
  target: Extract<DatabaseTarget, { kind: "pglite" }>,
  onCreate: OpenOptions["onCreate"],
): Promise<PGlite> {
  const extensions = pgliteExtensions;
  if (target.loadDataDir) {
    return new PGlite({
      extensions,
      dataDir: target.dataDir ?? undefined,
      loadDataDir: target.loadDataDir,
    });
  }
  if (!target.dataDir) return new PGlite({ extensions, loadDataDir: await pgliteTemplate() });
  if (existsSync(join(target.dataDir, "PG_VERSION"))) {
    return new PGlite({ extensions, dataDir: target.dataDir });
  }
  const creating = new PGlite({ extensions, loadDataDir: await pgliteTemplate() });
  let filled: Blob;
  try {
    const db = drizzlePglite(creating, { schema });
    await migratePglite(db, { migrationsFolder });
    await onCreate?.(db as unknown as Db);
    filled = await creating.dumpDataDir("none");
  } finally {
    await creating.close();
  }
  mkdirSync(target.dataDir, { recursive: true });
  return new PGlite({ extensions, dataDir: target.dataDir, loadDataDir: filled });
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
