import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { notifications } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";

/** Marks the principal's notifications read: the given ids, or all of them. */
export async function markNotificationsRead(
  db: Db,
  principal: Principal,
  ids?: readonly number[],
): Promise<number> {
  const unread = and(eq(notifications.userId, principal.user.id), isNull(notifications.readAt));
  const where = ids ? and(unread, inArray(notifications.id, [...ids])) : unread;
  if (ids && ids.length === 0) return 0;
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(where)
    .returning({ id: notifications.id });
  return rows.length;
}
