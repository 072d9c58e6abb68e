import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema/index.ts";

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

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/** Opens the database and brings its schema up to date. Open once per process. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
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
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    if (!existsSync(join(target.dataDir, "PG_VERSION"))) {
      // Creating the cluster (initdb) leaves ~400 MB resident in the instance that ran it;
      // create it in a throw-away instance and open the result afresh.
      const init = new PGlite({ dataDir: target.dataDir });
      await init.waitReady;
      await init.close();
    }
  }
  const client = new PGlite({
    // pg_trgm: search widens query words to the compounds holding them (migration 0001).
    extensions: { pg_trgm },
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
  });
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
