import { and, asc, eq, gte, lt } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetings } from "../../db/schema/index.ts";
import type { MeetingStatus } from "./meeting.types.ts";

export interface CalendarMeeting {
  id: number;
  startsAt: string;
  endsAt: string | null;
  location: string;
  status: MeetingStatus;
  seriesId: string | null;
}

/** A committee's meetings in one calendar year (local time), in date order. */
export async function listCommitteeYear(
  db: Db,
  committeeId: number,
  year: number,
): Promise<CalendarMeeting[]> {
  return db
    .select({
      id: meetings.id,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      location: meetings.location,
      status: meetings.status,
      seriesId: meetings.seriesId,
    })
    .from(meetings)
    .where(
      and(
        eq(meetings.committeeId, committeeId),
        gte(meetings.startsAt, `${year}-01-01 00:00:00`),
        lt(meetings.startsAt, `${year + 1}-01-01 00:00:00`),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}
