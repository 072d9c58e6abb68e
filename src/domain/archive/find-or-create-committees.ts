import { sql } from "drizzle-orm";
import { queryRows, type Tx } from "../../db/client.ts";
import { insertRows } from "../../db/insert-rows.ts";
import { committees } from "../../db/schema/index.ts";
import { slugify } from "../organisation/slugify.ts";

/**
 * The organisation's committee for each name (case-insensitive), in the order given, creating
 * the missing ones: one query to find them and one insert for all that are new.
 */
export async function findOrCreateCommittees(
  tx: Tx,
  organisationId: number,
  names: string[],
): Promise<number[]> {
  if (names.length === 0) return [];
  const values = sql.join(
    names.map((name, i) => sql`(${i}::int, ${name}::text)`),
    sql`, `,
  );
  const rows = await queryRows<{ index: number; id: number }>(
    tx,
    sql`select v.i as "index", ${committees.id} as id
        from (values ${values}) as v(i, name)
        join ${committees} on ${committees.organisationId} = ${organisationId}
          and lower(${committees.name}) = lower(v.name)
        order by ${committees.id} desc`,
  );
  const ids: (number | undefined)[] = names.map(() => undefined);
  for (const r of rows) ids[r.index] = r.id;

  // New names, each created once however it is capitalised in the batch.
  const missing = new Map<string, string>();
  names.forEach((name, i) => {
    if (ids[i] === undefined && !missing.has(name.toLowerCase())) {
      missing.set(name.toLowerCase(), name);
    }
  });
  const created = await insertRows(
    tx,
    committees,
    [...missing.values()].map((name) => ({
      organisationId,
      name,
      slug: slugify(name) || "udvalg",
    })),
  );
  const createdId = new Map([...missing.keys()].map((key, k) => [key, created[k] as number]));
  return names.map((name, i) => ids[i] ?? (createdId.get(name.toLowerCase()) as number));
}
