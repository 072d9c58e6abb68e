import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { changeRoom } from "./change-room.ts";

/** The meeting begins: the room goes from not started to running. */
export function startMeeting(db: Db, principal: Principal, input: { meetingId: number }) {
  return changeRoom(db, principal, input, "startMeeting");
}
