import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { steerRoom } from "./steer-room.ts";

/** After a break: the paused room runs again. */
export function resumeMeeting(db: Db, principal: Principal, input: { meetingId: number }) {
  return steerRoom(db, principal, input, "resumeMeeting");
}
