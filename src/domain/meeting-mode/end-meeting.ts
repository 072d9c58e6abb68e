import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { steerRoom } from "./steer-room.ts";

/** The room ends (the current item with it); finishing the meeting makes it held. */
export function endMeeting(db: Db, principal: Principal, input: { meetingId: number }) {
  return steerRoom(db, principal, input, "endMeeting");
}
