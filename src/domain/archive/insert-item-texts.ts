import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../db/client.ts";
import { jsonArrayParam } from "../../db/json-param.ts";
import { caseFields, decisions } from "../../db/schema/index.ts";
import type { MinutesTexts } from "./item-texts.ts";

/** The texts of one new meeting and the ids its items got, in the file's item order. */
export interface PlacedTexts {
  texts: MinutesTexts;
  caseIds: number[];
  itemIds: number[];
}

/**
 * Inserts the case fields and decisions of new meetings: one statement per table for all the
 * meetings. Each meeting's rows travel as the JSON its file was parsed into (textsOf), never
 * taken apart here; the database sets each row's case or agenda item from the ids given.
 */
export async function insertItemTexts(
  tx: Tx,
  organisationId: number,
  placed: PlacedTexts[],
): Promise<void> {
  if (placed.length === 0) return;
  const bases: number[] = [];
  let items = 0;
  for (const p of placed) {
    bases.push(items);
    items += p.caseIds.length;
  }
  const item = (ids: number[]) =>
    sql`(${intArray(ids)}::int[])[(${intArray(bases)}::int[])[d.ord] + t.item + 1]`;
  await insertNested(
    tx,
    caseFields,
    placed.map((p) => p.texts.fields),
    { caseId: item(placed.flatMap((p) => p.caseIds)) },
    ["position", "key", "label", "public", "doc", "text"],
  );
  await insertNested(
    tx,
    decisions,
    placed.map((p) => p.texts.decisions),
    {
      organisationId: sql`${organisationId}::int`,
      agendaItemId: item(placed.flatMap((p) => p.itemIds)),
    },
    ["outcome", "doc", "text"],
  );
}

/** A PostgreSQL array literal of integers, sent as one text parameter. */
const intArray = (values: number[]) => `{${values.map((v) => Math.trunc(v)).join(",")}}`;

/**
 * Inserts the rows of several JSON arrays (the `d.ord`-th array's rows as `t`, each with an
 * `item` index) into `table`: `set` gives columns computed in SQL, `copied` those taken from
 * the rows as they are, typed by the table's columns.
 */
async function insertNested(
  tx: Tx,
  table: PgTable,
  arrays: Uint8Array[],
  set: Record<string, SQL>,
  copied: string[],
): Promise<void> {
  const columns = getTableColumns(table) as Record<string, AnyPgColumn>;
  const column = (key: string) => {
    const c = columns[key];
    if (!c) throw new Error(`insertNested: ${key} is not a column`);
    return c;
  };
  const names = [...Object.keys(set), ...copied].map((k) => sql.identifier(column(k).name));
  const values = [...Object.values(set), ...copied.map((k) => sql`t.${sql.identifier(k)}`)];
  const shape = sql.raw(
    ["item int", ...copied.map((k) => `"${k}" ${column(k).getSQLType()}`)].join(", "),
  );
  await tx.execute(
    sql`insert into ${table} (${sql.join(names, sql`, `)})
        select ${sql.join(values, sql`, `)}
        from json_array_elements(${jsonArrayParam(tx, arrays)}) with ordinality as d(rows, ord)
        cross join lateral json_to_recordset(d.rows) as t(${shape})`,
  );
}
