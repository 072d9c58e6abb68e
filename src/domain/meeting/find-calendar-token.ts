import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { calendarFeedTokens } from "../../db/schema/index.ts";
import { hashToken, tokensEqual } from "../auth/session-token.ts";

/**
 * When the user made their current calendar link, or null when they have none. Given a
 * token, `isCurrent` says whether it is that link's token (only its SHA-256 is stored).
 */
export async function findCalendarToken(
  db: Db,
  userId: number,
  token?: string,
): Promise<{ createdAt: Date; isCurrent: boolean } | null> {
  const [row] = await db
    .select({ createdAt: calendarFeedTokens.createdAt, tokenHash: calendarFeedTokens.tokenHash })
    .from(calendarFeedTokens)
    .where(eq(calendarFeedTokens.userId, userId));
  if (!row) return null;
  const isCurrent = token !== undefined && tokensEqual(hashToken(token), row.tokenHash);
  return { createdAt: row.createdAt, isCurrent };
}
