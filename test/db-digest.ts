import { sql } from "drizzle-orm";
import { type Db, queryRows, type Tx } from "../src/db/client.ts";

/**
 * One digest of every table's rows, to see that a request changed nothing. No table is left
 * out: the log-in throttle lives in memory and refusals are not audited, so nothing is written
 * by a request that is refused. One column is: sessions."lastSeenAt", which any request with a
 * session may touch (at most once a minute) whether it is refused or not.
 */
export async function digestQueries(db: Db): Promise<{ all: string; perTable: string }> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  if (tables.length < 10) throw new Error("too few tables to digest");
  const row = (name: string) =>
    name === "sessions" ? `(to_jsonb(x) - 'lastSeenAt')::text` : "x::text";
  const parts = tables.map(
    ({ name }) =>
      `select '${name}' as t, md5(coalesce(string_agg(${row(name)}, '|' order by ${row(name)}), '')) as h from "${name}" x`,
  );
  const perTable = parts.join(" union all ");
  return {
    all: `select md5(string_agg(t || ':' || h, ',' order by t)) as digest from (${perTable}) d`,
    perTable,
  };
}

export async function digestOf(db: Db | Tx, query: string): Promise<string> {
  const [row] = await queryRows<{ digest: string }>(db, sql.raw(query));
  return row?.digest ?? "";
}

/** Each table's digest, to name the tables a request changed. */
export async function tableDigests(db: Db | Tx, perTable: string): Promise<Map<string, string>> {
  const rows = await queryRows<{ t: string; h: string }>(db, sql.raw(perTable));
  return new Map(rows.map((r) => [r.t, r.h]));
}

/**
 * True when the current transaction has written nothing (PostgreSQL assigns a transaction id
 * on the first write or row lock): the digest can be skipped, as nothing can differ.
 */
export async function wroteNothing(tx: Db | Tx): Promise<boolean> {
  const [row] = await queryRows<{ clean: boolean }>(
    tx,
    sql`select pg_current_xact_id_if_assigned() is null as clean`,
  );
  return row?.clean === true;
}
