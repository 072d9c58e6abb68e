import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn, PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import { queryRows, type Tx } from "./client.ts";

/** Rows per statement: keeps one statement's JSON to a few megabytes. */
const ROWS_PER_STATEMENT = 5000;

/**
 * Inserts many rows and returns their ids in the order given. The rows travel as one JSON
 * array per statement, which the database takes apart and casts to each column's type, so a
 * statement costs little to build and send however many values it holds (a multi-row VALUES
 * list costs a parameter per value). Values go as JSON: numbers, strings, booleans, null, and
 * documents for json/jsonb columns. Every row must set the same columns; a column left out
 * gets no default here.
 */
export async function insertRows<TTable extends PgTable & { id: AnyPgColumn }>(
  tx: Tx,
  table: TTable,
  rows: PgInsertValue<TTable>[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const keys = Object.keys(rows[0] as object);
  const names: SQL[] = [];
  const values: SQL[] = [];
  for (const key of keys) {
    const column = columnOf(table, key);
    const type = sql.raw(column.getSQLType());
    const field = sql.raw(`'${key}'`);
    names.push(sql`${sql.identifier(column.name)}`);
    // A document stays nested in the JSON; its JSON null is SQL NULL, as in a VALUES insert.
    // A list of texts travels as a JSON array and becomes the column's array.
    const sqlType = column.getSQLType();
    values.push(
      /^jsonb?$/.test(sqlType)
        ? sql`nullif(r -> ${field}, 'null')::${type}`
        : sqlType.endsWith("[]")
          ? sql`array(select jsonb_array_elements_text(r -> ${field}))::${type}`
          : sql`(r ->> ${field})::${type}`,
    );
  }
  for (const row of rows) {
    if (Object.keys(row as object).length !== keys.length) {
      throw new Error("insertRows: every row must set the same columns");
    }
  }
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT));
    const inserted = await queryRows<{ id: number | string }>(
      tx,
      sql`insert into ${table} (${sql.join(names, sql`, `)})
          select ${sql.join(values, sql`, `)}
          from jsonb_array_elements(${json}::jsonb) with ordinality as e(r, ord)
          order by ord
          returning ${sql.identifier(table.id.name)}`,
    );
    ids.push(...inserted.map((r) => Number(r.id)));
  }
  return ids;
}

/** The table's column for a row's key (its TypeScript name); a programming error if none. */
export function columnOf(table: PgTable, key: string): AnyPgColumn {
  const column = (getTableColumns(table) as Record<string, AnyPgColumn>)[key];
  if (!column) throw new Error(`${key} is not a column of the table`);
  return column;
}
