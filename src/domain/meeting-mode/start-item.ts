import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, meetings } from "../../db/schema/index.ts";
import { meetingModeMessages } from "../../i18n/da/meeting-mode.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { nextRoomStatus } from "../meeting/meeting-lifecycle.ts";
import { changeRoom } from "../meeting-room/change-room.ts";
import { loadItemOf } from "./load-recordable-meeting.ts";
import { endCurrentItem, loadRoomOf, refuseEarlyStart } from "./steer-room.ts";

const e = meetingModeMessages.errors;

/**
 * The meeting takes an item up: it becomes the current item with its start time (kept when
 * the item is taken up again), and the item current before ends. A meeting not yet started
 * starts with its first item, on its day; a paused or ended one is a Danish 409.
 */
export function startItem(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number },
): Promise<{ currentItemId: number }> {
  return changeRoom(db, principal.user.id, async (tx) => {
    const meeting = await loadRoomOf(tx, principal, input.meetingId);
    const item = await loadItemOf(tx, meeting.id, input.itemId);
    if (meeting.roomStatus === "paused") throw new DomainError("conflict", e.roomPaused);
    if (meeting.roomStatus === "ended") throw new DomainError("conflict", e.roomEnded);
    // Taking up an item starts the meeting, but not before its day: that is »Start mødet«.
    if (meeting.roomStatus === "not_started") refuseEarlyStart(meeting, false, e.itemBeforeStart);
    if (meeting.currentItemId === item.id) {
      throw new DomainError("conflict", e.itemAlreadyCurrent);
    }
    await endCurrentItem(tx, meeting);
    await tx
      .update(agendaItems)
      .set({ startedAt: sql`coalesce(${agendaItems.startedAt}, now())`, endedAt: null })
      .where(eq(agendaItems.id, item.id));
    const roomStatus =
      meeting.roomStatus === "not_started"
        ? (nextRoomStatus(meeting.roomStatus, "startMeeting") ?? meeting.roomStatus)
        : meeting.roomStatus;
    await tx
      .update(meetings)
      .set({ currentItemId: item.id, roomStatus })
      .where(eq(meetings.id, meeting.id));
    return {
      result: { currentItemId: item.id },
      meeting,
      action: "agenda_item.started",
      entityType: "agenda_item",
      entityId: item.id,
      data: { previousItemId: meeting.currentItemId },
    };
  });
}
