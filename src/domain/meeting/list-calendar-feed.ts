import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { calendarFeedTokens, committees, meetings, organisations } from "../../db/schema/index.ts";
import { listVisibleCommittees } from "../access/list-visible-committees.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { hashToken, isWellFormedToken } from "../auth/session-token.ts";
import { copenhagenWallClock } from "./copenhagen-time.ts";

export interface FeedEntry {
  id: number;
  startsAt: string;
  endsAt: string | null;
  location: string;
  createdAt: Date;
  committeeName: string;
}

/** How far back a subscription shows meetings. */
const PAST_DAYS = 60;

/**
 * The meetings of a private calendar link: every meeting of the committees its owner holds a
 * role on, from two months ago on. Null for an unknown or malformed token; the token is looked
 * up by its SHA-256 only.
 */
export async function listCalendarFeed(
  db: Db,
  token: string,
  now: Date = new Date(),
): Promise<{ organisationName: string; meetings: FeedEntry[] } | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await db
    .select({ userId: calendarFeedTokens.userId })
    .from(calendarFeedTokens)
    .where(eq(calendarFeedTokens.tokenHash, hashToken(token)));
  if (!row) return null;
  const principal = await loadPrincipal(db, row.userId);
  if (!principal) return null;
  const [org] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, principal.user.organisationId));
  const ids = (await listVisibleCommittees(db, principal)).map((c) => c.id);
  if (ids.length === 0) return { organisationName: org?.name ?? "", meetings: [] };
  const from = copenhagenWallClock(new Date(now.getTime() - PAST_DAYS * 86_400_000));
  const list = await db
    .select({
      id: meetings.id,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      location: meetings.location,
      createdAt: meetings.createdAt,
      committeeName: committees.name,
    })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(and(inArray(meetings.committeeId, ids), gte(meetings.startsAt, from)))
    .orderBy(asc(meetings.startsAt))
    .limit(1000);
  return { organisationName: org?.name ?? "", meetings: list };
}
