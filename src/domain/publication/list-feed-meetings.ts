import type { Db } from "../../db/client.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { listMeetings } from "../meeting/list-meetings.ts";
import { type PublicMeeting, toPublicMeeting } from "./publication.policy.ts";

export interface FeedMeeting {
  meeting: PublicMeeting;
  /** When the agenda or, for minutes, the minutes were published. */
  publishedAt: Date;
}

/** The latest public meetings of these committees for a feed, newest first. */
export async function listFeedMeetings(
  db: Db,
  committeeIds: number[],
  limit = 20,
): Promise<FeedMeeting[]> {
  const summaries = await listMeetings(db, { committeeIds, publicOnly: true, limit });
  const entries: FeedMeeting[] = [];
  for (const summary of summaries) {
    const full = await getMeeting(db, summary.id);
    const meeting = full ? toPublicMeeting(full) : null;
    const publishedAt =
      meeting?.kind === "minutes" ? full?.minutesPublishedAt : full?.agendaPublishedAt;
    if (meeting && publishedAt) entries.push({ meeting, publishedAt });
  }
  return entries;
}
