import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { organisations } from "../../db/schema/index.ts";
import { slugify } from "./slugify.ts";

/** The organisation with this name's slug, created when missing. */
export async function findOrCreateOrganisation(db: Db | Tx, name: string): Promise<number> {
  const slug = slugify(name);
  const [existing] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  if (existing) return existing.id;
  const [created] = await db
    .insert(organisations)
    .values({ slug, name })
    .onConflictDoNothing()
    .returning({ id: organisations.id });
  if (created) return created.id;
  return findOrCreateOrganisation(db, name);
}
