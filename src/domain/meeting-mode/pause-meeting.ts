import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { steerRoom } from "./steer-room.ts";

/** A break: the running room is paused. */
export function pauseMeeting(db: Db, principal: Principal, input: { meetingId: number }) {
  return steerRoom(db, principal, input, "pauseMeeting");
}
