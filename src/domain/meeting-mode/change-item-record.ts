import type { Db, Tx } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { publishRoomState } from "../meeting-room/publish-room-state.ts";
import {
  type AgendaItemRow,
  loadItemOf,
  loadMeetingForMinutes,
  type MeetingRow,
} from "./load-recordable-meeting.ts";
import { meetingEvents } from "./meeting-events.ts";

/**
 * The frame of every change to an item's record (conflicts, votes, protocol notes): in one
 * transaction the meeting is locked and checked, the item found, the change made and audited;
 * after the commit live views are told.
 */
export async function changeItemRecord<T>(
  db: Db,
  principal: Principal,
  ref: { meetingId: number; itemId: number },
  what: "conflict" | "vote" | "note",
  change: (
    tx: Tx,
    meeting: MeetingRow,
    item: AgendaItemRow,
  ) => Promise<{
    result: T;
    action: string;
    entityType: string;
    entityId: number | null;
    data?: Record<string, unknown>;
  }>,
): Promise<T> {
  const result = await db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, ref.meetingId);
    const item = await loadItemOf(tx, meeting.id, ref.itemId);
    const done = await change(tx, meeting, item);
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: done.action,
      entityType: done.entityType,
      entityId: done.entityId,
      data: { meetingId: meeting.id, itemId: item.id, ...done.data },
    });
    return done.result;
  });
  meetingEvents.publish(ref.meetingId, { type: "record", itemId: ref.itemId, what });
  // Inhabilitet changes who is present (quorum), a vote the result the room shows.
  if (what === "conflict" || what === "vote") await publishRoomState(db, ref.meetingId);
  return result;
}
