import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { steerRoom } from "./steer-room.ts";

/**
 * The meeting begins: the room goes from not started to running. Before the meeting's day only
 * when the minute taker says it is held early (`early`), as for finishMeeting.
 */
export function startMeeting(
  db: Db,
  principal: Principal,
  input: { meetingId: number; early?: boolean },
) {
  return steerRoom(db, principal, input, "startMeeting");
}
