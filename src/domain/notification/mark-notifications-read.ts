import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { notifications } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";

/** Marks the principal's unread notifications read: the given ids, those about one case, or all. */
export async function markNotificationsRead(
  db: Db,
  principal: Principal,
  which: { ids?: readonly number[]; caseId?: number } = {},
): Promise<number> {
  const { ids, caseId } = which;
  if (ids && ids.length === 0) return 0;
  const where = and(
    eq(notifications.userId, principal.user.id),
    isNull(notifications.readAt),
    ids ? inArray(notifications.id, [...ids]) : undefined,
    caseId === undefined ? undefined : eq(notifications.caseId, caseId),
  );
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(where)
    .returning({ id: notifications.id });
  return rows.length;
}
