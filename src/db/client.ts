import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { copyCluster, hasCluster } from "./cluster-folder.ts";
import {
  migrationsFolder,
  pgliteOptions,
  pgliteTemplate,
  pgliteTemplateFolder,
} from "./pglite-template.ts";
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
  const client = await openPglite(target);
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}

/** A new cluster in a data folder starts as a copy of the migrated template. */
async function openPglite(target: Extract<DatabaseTarget, { kind: "pglite" }>): Promise<PGlite> {
  const { dataDir, loadDataDir } = target;
  if (loadDataDir)
    return new PGlite({ ...pgliteOptions(), dataDir: dataDir ?? undefined, loadDataDir });
  if (!dataDir) return new PGlite({ ...pgliteOptions(), loadDataDir: await pgliteTemplate() });
  // Copied off the main thread, while the server's modules load.
  if (!hasCluster(dataDir)) await copyCluster(await pgliteTemplateFolder(), dataDir);
  return new PGlite({ ...pgliteOptions(dataDir), dataDir });
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
