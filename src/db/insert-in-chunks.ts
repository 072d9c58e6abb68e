import type { AnyPgColumn, PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "./client.ts";

/** PostgreSQL allows 65 535 parameters per statement; stay well below it. */
const MAX_PARAMETERS = 30_000;

/** Inserts many rows in a few statements and returns their ids in the order given. */
export async function insertInChunks<TTable extends PgTable & { id: AnyPgColumn }>(
  tx: Tx,
  table: TTable,
  rows: PgInsertValue<TTable>[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const width = Object.keys(rows[0] as object).length || 1;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / width));
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const inserted = await tx
      .insert(table)
      .values(rows.slice(i, i + size))
      .returning({ id: table.id });
    ids.push(...inserted.map((r) => r.id as number));
  }
  return ids;
}
