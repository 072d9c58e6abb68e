import type { Db } from "../../db/client.ts";
import { meetingModeMessages } from "../../i18n/da/meeting-mode.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { changeRoom } from "../meeting-room/change-room.ts";
import { loadItemOf } from "./load-recordable-meeting.ts";
import { endCurrentItem, loadRoomOf } from "./steer-room.ts";

/** The meeting leaves the current item: its end time is set and no item is current. */
export function endItem(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number },
): Promise<{ currentItemId: null }> {
  return changeRoom(db, principal.user.id, async (tx) => {
    const meeting = await loadRoomOf(tx, principal, input.meetingId);
    const item = await loadItemOf(tx, meeting.id, input.itemId);
    if (meeting.currentItemId !== item.id) {
      throw new DomainError("conflict", meetingModeMessages.errors.itemNotCurrent);
    }
    await endCurrentItem(tx, meeting);
    return {
      result: { currentItemId: null },
      meeting,
      action: "agenda_item.ended",
      entityType: "agenda_item",
      entityId: item.id,
    };
  });
}
