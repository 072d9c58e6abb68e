import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { steerRoom } from "./steer-room.ts";

/** The meeting begins: the room goes from not started to running. */
export function startMeeting(db: Db, principal: Principal, input: { meetingId: number }) {
  return steerRoom(db, principal, input, "startMeeting");
}
