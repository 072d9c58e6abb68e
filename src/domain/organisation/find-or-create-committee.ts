import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { committees } from "../../db/schema/index.ts";
import { slugify } from "./slugify.ts";

/** The organisation's committee with this name (case-insensitive), created when missing. */
export async function findOrCreateCommittee(
  db: Db | Tx,
  organisationId: number,
  name: string,
): Promise<{ id: number; created: boolean }> {
  const [existing] = await db
    .select({ id: committees.id })
    .from(committees)
    .where(
      and(
        eq(committees.organisationId, organisationId),
        sql`lower(${committees.name}) = lower(${name})`,
      ),
    );
  if (existing) return { id: existing.id, created: false };
  const [created] = await db
    .insert(committees)
    .values({ organisationId, name, slug: slugify(name) || "udvalg" })
    .returning({ id: committees.id });
  return { id: (created as { id: number }).id, created: true };
}
