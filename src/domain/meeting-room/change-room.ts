import type { Db, Tx } from "../../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { MeetingRow } from "../meeting-mode/load-recordable-meeting.ts";
import { publishRoomState } from "./publish-room-state.ts";

export interface RoomChange<T> {
  result: T;
  meeting: MeetingRow;
  action: string;
  entityType: string;
  entityId: number | null;
  data?: Record<string, unknown>;
}

/**
 * The frame of every change in the room: one transaction that loads and checks (the `change`
 * itself), changes and audits; after the commit, watchers get the room's new state.
 */
export async function changeRoom<T>(
  db: Db,
  actorId: number,
  change: (tx: Tx) => Promise<RoomChange<T>>,
): Promise<T> {
  const done = await db.transaction(async (tx) => {
    const d = await change(tx);
    await recordAudit(tx, {
      organisationId: d.meeting.organisationId,
      actorId,
      action: d.action,
      entityType: d.entityType,
      entityId: d.entityId,
      data: { meetingId: d.meeting.id, ...d.data },
    });
    return d;
  });
  await publishRoomState(db, done.meeting.id);
  return done.result;
}
