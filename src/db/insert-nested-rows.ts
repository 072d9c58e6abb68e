import { type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "./client.ts";
import { columnOf } from "./insert-rows.ts";
import { jsonArrayParam } from "./json-param.ts";

/**
 * Inserts the rows of several JSON arrays (the `d.ord`-th array's rows as `t`, each with an
 * `item` index) into `table`: `set` gives columns computed in SQL, `copied` those taken from
 * the rows as they are, typed by the table's columns.
 */
export async function insertNestedRows(
  tx: Tx,
  table: PgTable,
  arrays: Uint8Array[],
  set: Record<string, SQL>,
  copied: string[],
): Promise<void> {
  const names = [...Object.keys(set), ...copied].map((k) =>
    sql.identifier(columnOf(table, k).name),
  );
  const values = [...Object.values(set), ...copied.map((k) => sql`t.${sql.identifier(k)}`)];
  const shape = sql.raw(
    ["item int", ...copied.map((k) => `"${k}" ${columnOf(table, k).getSQLType()}`)].join(", "),
  );
  await tx.execute(
    sql`insert into ${table} (${sql.join(names, sql`, `)})
        select ${sql.join(values, sql`, `)}
        from json_array_elements(${jsonArrayParam(tx, arrays)}) with ordinality as d(rows, ord)
        cross join lateral json_to_recordset(d.rows) as t(${shape})`,
  );
}
