import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.ts";
import { cases, committees, meetings, notifications, users } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";

const actors = alias(users, "actors");

/** The principal's notifications, newest first (at most `limit`), with the case title (or the meeting) and actor. */
export async function listNotifications(
  db: Db,
  principal: Principal,
  options: { unreadOnly?: boolean; limit?: number } = {},
) {
  const mine = eq(notifications.userId, principal.user.id);
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      caseId: notifications.caseId,
      caseTitle: cases.title,
      commentId: notifications.commentId,
      meetingId: notifications.meetingId,
      committeeName: committees.name,
      meetingStartsAt: meetings.startsAt,
      actor: actors.name,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(cases, eq(cases.id, notifications.caseId))
    .leftJoin(meetings, eq(meetings.id, notifications.meetingId))
    .leftJoin(committees, eq(committees.id, meetings.committeeId))
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .where(options.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(Math.min(Math.max(options.limit ?? 50, 1), 200));
  return rows;
}
