import type { Db } from "../../db/client.ts";
import { meetingModeMessages } from "../../i18n/da/meeting-mode.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { publishRoomState } from "../meeting-room/publish-room-state.ts";
import { endCurrentItem, loadRoomOf } from "./change-room.ts";
import { loadItemOf } from "./load-recordable-meeting.ts";

/** The meeting leaves the current item: its end time is set and no item is current. */
export async function endItem(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number },
): Promise<{ currentItemId: null }> {
  await db.transaction(async (tx) => {
    const meeting = await loadRoomOf(tx, principal, input.meetingId);
    const item = await loadItemOf(tx, meeting.id, input.itemId);
    if (meeting.currentItemId !== item.id) {
      throw new DomainError("conflict", meetingModeMessages.errors.itemNotCurrent);
    }
    await endCurrentItem(tx, meeting);
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda_item.ended",
      entityType: "agenda_item",
      entityId: item.id,
      data: { meetingId: meeting.id },
    });
  });
  await publishRoomState(db, input.meetingId);
  return { currentItemId: null };
}
