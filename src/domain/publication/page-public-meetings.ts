import type { Db } from "../../db/client.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { countMeetings, listMeetings, type Span } from "../meeting/list-meetings.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { type PublicMeeting, toPublicMeeting } from "./publication.policy.ts";

export interface PublicMeetingEntry {
  /** For ids and dates only; everything shown comes from `view`. */
  full: FullMeeting;
  view: PublicMeeting;
}

/**
 * One page (1-based) of an organisation's or some committees' public meetings, newest first;
 * optionally only those first published, or last changed, in a span.
 */
export async function pagePublicMeetings(
  db: Db,
  filter: {
    organisationId?: number;
    committeeIds?: number[];
    publicChanged?: Span;
    firstPublished?: Span;
  },
  page: number,
  perPage: number,
): Promise<{ entries: PublicMeetingEntry[]; total: number }> {
  const scope = { ...filter, publicOnly: true };
  const [total, summaries] = await Promise.all([
    countMeetings(db, scope),
    listMeetings(db, { ...scope, limit: perPage, offset: (page - 1) * perPage }),
  ]);
  const entries: PublicMeetingEntry[] = [];
  for (const summary of summaries) {
    const full = await getMeeting(db, summary.id);
    const view = full ? toPublicMeeting(full) : null;
    if (full && view) entries.push({ full, view });
  }
  return { entries, total };
}
