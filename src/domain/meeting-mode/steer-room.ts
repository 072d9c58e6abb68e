import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { agendaItems, meetings } from "../../db/schema/index.ts";
import { meetingModeMessages } from "../../i18n/da/meeting-mode.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { beforeMeetingDay } from "../meeting/copenhagen-time.ts";
import type { RoomStatus } from "../meeting/meeting.types.ts";
import { nextRoomStatus, type RoomTransition } from "../meeting/meeting-lifecycle.ts";
import { changeRoom } from "../meeting-room/change-room.ts";
import { loadMeetingForMinutes, type MeetingRow } from "./load-recordable-meeting.ts";

const e = meetingModeMessages.errors;

/** Why a transition is refused from a status, in the minute taker's words. */
const REFUSAL: Record<RoomTransition, (from: RoomStatus) => string> = {
  startMeeting: (from) => (from === "ended" ? e.roomEnded : e.roomAlreadyStarted),
  pauseMeeting: (from) => (from === "not_started" ? e.roomNotStarted : e.roomNotRunning),
  resumeMeeting: (from) => (from === "not_started" ? e.roomNotStarted : e.roomNotPaused),
  endMeeting: (from) => (from === "ended" ? e.roomEnded : e.roomNotStarted),
};

/**
 * The meeting, locked, when its room can be steered: the principal takes its minutes and the
 * agenda is out while the meeting is not yet held (a held meeting's room has ended).
 */
export async function loadRoomOf(tx: Tx, principal: Principal, meetingId: number) {
  const meeting = await loadMeetingForMinutes(tx, principal, meetingId);
  if (meeting.status !== "agenda_published") throw new DomainError("conflict", e.roomNotHeldNow);
  return meeting;
}

/** Ends the item under discussion, if any: its end time is now and no item is current. */
export async function endCurrentItem(tx: Tx, meeting: MeetingRow): Promise<void> {
  if (meeting.currentItemId === null) return;
  await tx
    .update(agendaItems)
    .set({ endedAt: new Date() })
    .where(eq(agendaItems.id, meeting.currentItemId));
  await tx.update(meetings).set({ currentItemId: null }).where(eq(meetings.id, meeting.id));
}

/**
 * Started weeks ahead, what the room records would be dated before the meeting: before its
 * day a meeting starts only when the minute taker says it is held early.
 */
export function refuseEarlyStart(
  meeting: Pick<MeetingRow, "startsAt">,
  early: boolean | undefined,
  message: string,
): void {
  if (beforeMeetingDay(meeting.startsAt) && !early) throw new DomainError("conflict", message);
}

/**
 * Moves the room of a meeting by one transition of meeting-lifecycle.ts (a refused one is a
 * Danish 409); ending the room also ends the current item. Audited and published through the
 * room's one frame of change (changeRoom).
 */
export function steerRoom(
  db: Db,
  principal: Principal,
  input: { meetingId: number; early?: boolean },
  transition: RoomTransition,
): Promise<{ roomStatus: RoomStatus }> {
  return changeRoom(db, principal.user.id, async (tx) => {
    const meeting = await loadRoomOf(tx, principal, input.meetingId);
    const next = nextRoomStatus(meeting.roomStatus, transition);
    if (!next) throw new DomainError("conflict", REFUSAL[transition](meeting.roomStatus));
    if (transition === "startMeeting") refuseEarlyStart(meeting, input.early, e.startEarly);
    if (next === "ended") await endCurrentItem(tx, meeting);
    await tx.update(meetings).set({ roomStatus: next }).where(eq(meetings.id, meeting.id));
    return {
      result: { roomStatus: next },
      meeting,
      action: `meeting.room_${next}`,
      entityType: "meeting",
      entityId: meeting.id,
      data: { from: meeting.roomStatus, to: next },
    };
  });
}
