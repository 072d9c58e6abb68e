import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { meetings, standingItems } from "../../db/schema/index.ts";
import { statusesOf } from "../meeting/meeting-lifecycle.ts";

/**
 * A title like "Godkendelse af dagsorden og referat": the standing items that approve minutes,
 * when the committee's settings name none.
 */
function approvesMinutes(title: string): boolean {
  const lower = title.toLowerCase();
  const lead = lower.indexOf("godkendelse af ");
  return lead >= 0 && lower.includes("referat", lead + "godkendelse af ".length);
}

/**
 * True when the item is where the previous meeting's minutes are approved: a standing item
 * whose title is that of the committee's standing item marked approvesMinutes (agenda items
 * keep the standing item's title, not a link to it), or, when the committee marks none,
 * a standing item titled like "Godkendelse af dagsorden og referat".
 */
export async function isApprovingItem(
  db: Db | Tx,
  committeeId: number,
  item: { standing: boolean; title: string },
): Promise<boolean> {
  if (!item.standing) return false;
  const rows = await db
    .select({ title: standingItems.title })
    .from(standingItems)
    .where(
      and(eq(standingItems.committeeId, committeeId), eq(standingItems.approvesMinutes, true)),
    );
  const normal = (t: string) => t.trim().toLowerCase();
  if (rows.length > 0) return rows.some((r) => normal(r.title) === normal(item.title));
  return approvesMinutes(item.title);
}

/**
 * The minutes this meeting approves: those of the committee's last meeting held before it,
 * when they are published and not yet approved; else null.
 */
export async function minutesAwaitingApproval(
  db: Db | Tx,
  meeting: { committeeId: number; startsAt: string },
) {
  const [previous] = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.committeeId, meeting.committeeId),
        lt(meetings.startsAt, meeting.startsAt),
        inArray(meetings.status, statusesOf("held")),
      ),
    )
    .orderBy(desc(meetings.startsAt), desc(meetings.id))
    .limit(1);
  return previous?.status === "minutes_published" ? previous : null;
}
