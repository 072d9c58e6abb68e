import { type AnyColumn, and, count, desc, eq, gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { committees, meetings } from "../../db/schema/index.ts";
import {
  firstPublishedAtSql,
  isPublicMeeting,
  lastPublicChangeAtSql,
} from "../publication/publication.policy.ts";
import type { MeetingStatus, MeetingSummary } from "./meeting.types.ts";

export interface ListMeetingsFilter {
  /** Only these committees; an empty list gives no meetings. */
  committeeIds?: number[];
  organisationId?: number;
  /** Only meetings in these statuses. */
  statuses?: readonly MeetingStatus[];
  /** Only meetings the public may see (the publication policy's rule). */
  publicOnly?: boolean;
  /** Only meetings starting in this calendar year (local time). */
  year?: number;
  limit?: number;
  /** Meetings skipped before the first one listed (paging). */
  offset?: number;
  /** Only meetings whose public view last changed in this span, both ends included. */
  publicChanged?: Span;
  /** Only meetings first made public in this span, both ends included. */
  firstPublished?: Span;
}

/** A span of time; an absent end is open. */
export interface Span {
  since?: Date;
  until?: Date;
}

/**
 * The condition that a time lies in the span. Both sides to the millisecond, as the API writes
 * times: a stored 10:00:00.123456 is 10:00:00.123 to a client, and »until 10:00:00.123« holds.
 */
function within(column: SQL | AnyColumn, span: Span | undefined): SQL[] {
  const value = sql`date_trunc('milliseconds', ${column})`;
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  return [
    ...(span?.since ? [sql`${value} >= ${at(span.since)}`] : []),
    ...(span?.until ? [sql`${value} <= ${at(span.until)}`] : []),
  ];
}

function conditionsOf(filter: ListMeetingsFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.committeeIds) conditions.push(inArray(meetings.committeeId, filter.committeeIds));
  if (filter.organisationId !== undefined) {
    conditions.push(eq(meetings.organisationId, filter.organisationId));
  }
  if (filter.statuses) conditions.push(inArray(meetings.status, [...filter.statuses]));
  if (filter.publicOnly) conditions.push(isPublicMeeting);
  conditions.push(...within(lastPublicChangeAtSql, filter.publicChanged));
  conditions.push(...within(firstPublishedAtSql, filter.firstPublished));
  if (filter.year !== undefined) {
    conditions.push(gte(meetings.startsAt, `${filter.year}-01-01 00:00:00`));
    conditions.push(lt(meetings.startsAt, `${filter.year + 1}-01-01 00:00:00`));
  }
  return conditions;
}

const nothing = (filter: ListMeetingsFilter) =>
  filter.committeeIds?.length === 0 || filter.statuses?.length === 0;

/** How many meetings listMeetings() would list without a limit. */
export async function countMeetings(db: Db, filter: ListMeetingsFilter = {}): Promise<number> {
  if (nothing(filter)) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(meetings)
    .where(and(...conditionsOf(filter)));
  return row?.n ?? 0;
}

/** Meetings newest first, with their committee. */
export async function listMeetings(
  db: Db,
  filter: ListMeetingsFilter = {},
): Promise<MeetingSummary[]> {
  if (nothing(filter)) return [];
  const conditions = conditionsOf(filter);
  const rows = await db
    .select({
      id: meetings.id,
      startsAt: meetings.startsAt,
      location: meetings.location,
      status: meetings.status,
      agendaPublishedAt: meetings.agendaPublishedAt,
      minutesPublishedAt: meetings.minutesPublishedAt,
      committee: {
        id: committees.id,
        organisationId: committees.organisationId,
        slug: committees.slug,
        name: committees.name,
      },
    })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(and(...conditions))
    .orderBy(desc(meetings.startsAt), desc(meetings.id))
    .limit(filter.limit ?? 500)
    .offset(filter.offset ?? 0);
  return rows;
}
