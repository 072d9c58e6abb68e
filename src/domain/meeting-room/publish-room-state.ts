import type { Db } from "../../db/client.ts";

/**
 * Tells the live view and the room display that the room changed: attendance, inhabilitet,
 * the current item, a vote, the speaker list. Called after the change's transaction commits.
 */
export async function publishRoomState(_db: Db, _meetingId: number): Promise<void> {
  // The room's state is built and published by the meeting-room module.
}
