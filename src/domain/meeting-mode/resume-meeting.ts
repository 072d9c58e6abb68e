import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { changeRoom } from "./change-room.ts";

/** After a break: the paused room runs again. */
export function resumeMeeting(db: Db, principal: Principal, input: { meetingId: number }) {
  return changeRoom(db, principal, input, "resumeMeeting");
}
