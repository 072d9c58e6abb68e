import { and, asc, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetings } from "../../db/schema/index.ts";
import { copenhagenWallClock } from "./copenhagen-time.ts";
import type { MeetingStatus } from "./meeting.types.ts";
import { statusesOf } from "./meeting-lifecycle.ts";

export interface CalendarMeeting {
  id: number;
  startsAt: string;
  endsAt: string | null;
  location: string;
  status: MeetingStatus;
  seriesId: string | null;
}

const CALENDAR_COLUMNS = {
  id: meetings.id,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  location: meetings.location,
  status: meetings.status,
  seriesId: meetings.seriesId,
};

/** A committee's meetings that meet a condition, in date order. */
function committeeMeetings(db: Db, committeeId: number, condition: SQL | undefined) {
  return db
    .select(CALENDAR_COLUMNS)
    .from(meetings)
    .where(and(eq(meetings.committeeId, committeeId), condition))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}

/** A committee's meetings in one calendar year (local time), in date order. */
export async function listCommitteeYear(
  db: Db,
  committeeId: number,
  year: number,
): Promise<CalendarMeeting[]> {
  return committeeMeetings(
    db,
    committeeId,
    and(
      gte(meetings.startsAt, `${year}-01-01 00:00:00`),
      lt(meetings.startsAt, `${year + 1}-01-01 00:00:00`),
    ),
  );
}

/** The committee's coming meetings whose agenda can still take items, soonest first. */
export async function listUpcomingAgendas(
  db: Db,
  committeeId: number,
  limit = 24,
): Promise<CalendarMeeting[]> {
  return committeeMeetings(
    db,
    committeeId,
    and(
      inArray(meetings.status, statusesOf("open")),
      gte(meetings.startsAt, copenhagenWallClock(new Date())),
    ),
  ).limit(limit);
}
