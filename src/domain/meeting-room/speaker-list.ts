import { and, eq, isNull, max } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { speakerRequests } from "../../db/schema/index.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { loadItemOf, type MeetingRow } from "../meeting-mode/load-recordable-meeting.ts";
import { presentAt } from "./presence.ts";

const e = roomMessages.errors;

/** The item a speaker list is for: the one given, else the one under discussion. */
export async function speakerItemOf(tx: Tx, meeting: MeetingRow, itemId: number | null) {
  const id = itemId ?? meeting.currentItemId;
  if (id === null) throw new DomainError("conflict", e.noCurrentItem);
  return loadItemOf(tx, meeting.id, id).catch(() => {
    throw new DomainError("not_found", e.itemNotFound);
  });
}

/** Puts a participant last on the item's list, unless they are on it already. */
export async function enqueueSpeaker(
  tx: Tx,
  meeting: MeetingRow,
  itemId: number,
  participantId: number,
): Promise<{ id: number }> {
  if (!isRowId(participantId)) throw new DomainError("not_found", e.participantNotFound);
  const full = await getMeeting(tx, meeting.id);
  if (!full?.participants.some((p) => p.id === participantId)) {
    throw new DomainError("not_found", e.participantNotFound);
  }
  // Someone with afbud, not yet come, gone, or inhabil at the item does not take the floor.
  if (!presentAt(full, itemId).some((p) => p.id === participantId)) {
    throw new DomainError("conflict", e.notPresentToSpeak);
  }
  const waiting = and(
    eq(speakerRequests.meetingId, meeting.id),
    eq(speakerRequests.agendaItemId, itemId),
    isNull(speakerRequests.endedAt),
  );
  const [queued] = await tx
    .select({ id: speakerRequests.id })
    .from(speakerRequests)
    .where(and(waiting, eq(speakerRequests.participantId, participantId)));
  if (queued) throw new DomainError("conflict", e.alreadyQueued);
  const [last] = await tx
    .select({ position: max(speakerRequests.position) })
    .from(speakerRequests)
    .where(
      and(eq(speakerRequests.meetingId, meeting.id), eq(speakerRequests.agendaItemId, itemId)),
    );
  const [row] = await tx
    .insert(speakerRequests)
    .values({
      meetingId: meeting.id,
      agendaItemId: itemId,
      participantId,
      position: (last?.position ?? -1) + 1,
    })
    .returning({ id: speakerRequests.id });
  if (!row) throw new Error("speaker request not inserted");
  return row;
}

/** An entry of this meeting's speaker lists. */
export async function loadSpeaker(tx: Tx, meetingId: number, speakerId: number) {
  if (!isRowId(speakerId)) throw new DomainError("not_found", e.speakerNotFound);
  const [row] = await tx
    .select()
    .from(speakerRequests)
    .where(and(eq(speakerRequests.id, speakerId), eq(speakerRequests.meetingId, meetingId)));
  if (!row) throw new DomainError("not_found", e.speakerNotFound);
  return row;
}
