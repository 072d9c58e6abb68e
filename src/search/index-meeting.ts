import type { Db, Tx } from "../db/client.ts";
import { type IndexOptions, type IndexSummary, indexMeetings } from "./index-meetings.ts";

/**
 * (Re)indexes one meeting as the public sees it now; removes it from the index when it is not
 * public. Call it in the transaction of every change that publishes, unpublishes or edits a
 * meeting the public may see.
 */
export function indexMeeting(
  db: Db | Tx,
  meetingId: number,
  options: IndexOptions = {},
): Promise<IndexSummary> {
  return indexMeetings(db, [meetingId], options);
}
