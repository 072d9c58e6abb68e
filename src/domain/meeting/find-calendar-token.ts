import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { calendarFeedTokens } from "../../db/schema/index.ts";

/** When the user made their current calendar link, or null when they have none. */
export async function findCalendarToken(
  db: Db,
  userId: number,
): Promise<{ createdAt: Date } | null> {
  const [row] = await db
    .select({ createdAt: calendarFeedTokens.createdAt })
    .from(calendarFeedTokens)
    .where(eq(calendarFeedTokens.userId, userId));
  return row ?? null;
}
