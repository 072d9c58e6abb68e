import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { committees, meetings } from "../../db/schema/index.ts";
import { copenhagenDate } from "../meeting/copenhagen-time.ts";
import { statusesOf } from "../meeting/meeting-lifecycle.ts";
import { publicationKind } from "./publication.policy.ts";

/**
 * The public meeting calendar. A municipality's meeting plan is public: when and where a
 * committee meets. What it will discuss is not, until the agenda is published. So an upcoming
 * meeting shows its date, time, place and committee only, and links to its agenda once that is
 * public (agendaPublic). Nothing else of a planned meeting may be read from here.
 */
export interface UpcomingMeeting {
  id: number;
  startsAt: string;
  endsAt: string | null;
  location: string;
  /** When the meeting was put in the calendar: a stable DTSTAMP for iCal. */
  createdAt: Date;
  committee: { name: string; slug: string };
  agendaPublic: boolean;
}

/**
 * Meetings of these committees from now on (not yet held), soonest first; with `pastDays`,
 * also those of that many days back, held or not (a calendar keeps the meetings that were).
 */
export async function listUpcomingMeetings(
  db: Db,
  committeeIds: number[],
  options: { now?: Date; limit?: number; pastDays?: number } = {},
): Promise<UpcomingMeeting[]> {
  if (committeeIds.length === 0) return [];
  const now = options.now ?? new Date();
  const today = copenhagenDate(now);
  const since = options.pastDays
    ? copenhagenDate(new Date(now.getTime() - options.pastDays * 86_400_000))
    : today;
  const rows = await db
    .select({
      id: meetings.id,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      location: meetings.location,
      createdAt: meetings.createdAt,
      status: meetings.status,
      agendaPublishedAt: meetings.agendaPublishedAt,
      minutesPublishedAt: meetings.minutesPublishedAt,
      committee: { name: committees.name, slug: committees.slug },
    })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(
      and(
        inArray(meetings.committeeId, committeeIds),
        options.pastDays
          ? gte(meetings.startsAt, `${since} 00:00:00`)
          : and(
              inArray(meetings.status, statusesOf("open")),
              gte(meetings.startsAt, `${today} 00:00:00`),
            ),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(options.limit ?? 100);
  return rows.map((r) => ({
    id: r.id,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    location: r.location,
    createdAt: r.createdAt,
    committee: r.committee,
    agendaPublic: publicationKind(r) !== null,
  }));
}
