import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { standingItems } from "../../db/schema/index.ts";

export type StandingItem = typeof standingItems.$inferSelect;

/** A committee's standing items: those placed first, then those placed last, each in order. */
export async function listStandingItems(db: Db, committeeId: number): Promise<StandingItem[]> {
  const rows = await db
    .select()
    .from(standingItems)
    .where(eq(standingItems.committeeId, committeeId))
    .orderBy(asc(standingItems.position), asc(standingItems.id));
  return [
    ...rows.filter((r) => r.placement === "first"),
    ...rows.filter((r) => r.placement === "last"),
  ];
}
