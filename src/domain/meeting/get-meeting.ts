import type { Db, Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { getMeetings } from "./get-meetings.ts";
import type { FullMeeting } from "./meeting.types.ts";

/** The whole meeting: committee, participants with attendance, items in order with content. */
export async function getMeeting(db: Db | Tx, meetingId: number): Promise<FullMeeting | null> {
  if (!isRowId(meetingId)) return null;
  const [meeting] = await getMeetings(db, [meetingId]);
  return meeting ?? null;
}
