import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { changeRoom } from "./change-room.ts";

/** The room ends (the current item with it); finishing the meeting makes it held. */
export function endMeeting(db: Db, principal: Principal, input: { meetingId: number }) {
  return changeRoom(db, principal, input, "endMeeting");
}
