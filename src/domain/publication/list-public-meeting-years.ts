import { and, desc, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetings } from "../../db/schema/index.ts";
import { isPublicMeeting } from "./publication.policy.ts";

export interface MeetingYear {
  year: number;
  meetings: number;
}

/** The years in which these committees have public meetings, newest first, with counts. */
export async function listPublicMeetingYears(
  db: Db,
  committeeIds: number[],
): Promise<MeetingYear[]> {
  if (committeeIds.length === 0) return [];
  const year = sql<number>`cast(extract(year from ${meetings.startsAt}) as integer)`;
  const rows = await db
    .select({ year, meetings: sql<number>`cast(count(*) as integer)` })
    .from(meetings)
    .where(and(inArray(meetings.committeeId, committeeIds), isPublicMeeting))
    .groupBy(year)
    .orderBy(desc(year));
  return rows.map((r) => ({ year: Number(r.year), meetings: Number(r.meetings) }));
}
