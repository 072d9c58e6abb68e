import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetings } from "../../db/schema/index.ts";
import { formatShortDate } from "../../web/format-date.ts";

/** When the minutes were approved, and the date of the meeting that approved them. */
export async function getMinutesState(
  db: Db,
  meetingId: number,
): Promise<{ approvedAt: Date | null; approvedIn: string | null }> {
  const [row] = await db
    .select({ approvedAt: meetings.minutesApprovedAt, approvedInId: meetings.minutesApprovedInId })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!row?.approvedInId) return { approvedAt: row?.approvedAt ?? null, approvedIn: null };
  const [by] = await db
    .select({ startsAt: meetings.startsAt })
    .from(meetings)
    .where(eq(meetings.id, row.approvedInId));
  return { approvedAt: row.approvedAt, approvedIn: by ? formatShortDate(by.startsAt) : null };
}
