import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../db/client.ts";

/** The years the index holds meetings of, newest first (for the year filter). */
export async function listSearchYears(db: Db): Promise<number[]> {
  const [row] = await queryRows<{ first: number | null; last: number | null }>(
    db,
    sql`select extract(year from min("startsAt"))::int as first,
               extract(year from max("startsAt"))::int as last
        from search_documents`,
  );
  if (!row || row.first === null || row.last === null) return [];
  const years: number[] = [];
  for (let year = row.last; year >= row.first; year--) years.push(year);
  return years;
}
