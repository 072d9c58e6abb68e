import type { Db } from "../../db/client.ts";
import { meetingEvents } from "../meeting-mode/meeting-events.ts";
import { loadRoomState } from "./load-room-state.ts";

/**
 * Tells the live view and the room display that the room changed: attendance, inhabilitet,
 * the current item, a vote, the speaker list. Called after the change's transaction commits;
 * watchers get the whole state (each sees the part they may read).
 */
export async function publishRoomState(db: Db, meetingId: number): Promise<void> {
  const state = await loadRoomState(db, meetingId);
  if (state) meetingEvents.publish(meetingId, { type: "room", state });
}
