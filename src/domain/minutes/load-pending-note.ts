import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { agendaItems, protocolNotes } from "../../db/schema/index.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { inPhase } from "../meeting/meeting-lifecycle.ts";
import { loadMeetingForMinutes, type MeetingRow } from "../meeting-mode/load-recordable-meeting.ts";

const e = signoffMessages.errors;

/**
 * A member's protokoltilførsel awaiting the secretary, with its meeting (locked) and item: for
 * the committee's secretary or an administrator, while the minutes are not locked. Another
 * meeting's note, an unknown or already handled one is "not found".
 */
export async function loadPendingNote(
  tx: Tx,
  principal: Principal,
  input: { meetingId: number; noteId: number },
): Promise<{
  meeting: MeetingRow;
  note: typeof protocolNotes.$inferSelect;
  item: { id: number; number: number };
}> {
  const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId, {
    recording: false,
  });
  if (inPhase("locked", meeting.status)) throw new DomainError("locked", e.noteLocked);
  if (!isRowId(input.noteId)) throw new DomainError("not_found", e.noteNotFound);
  const [found] = await tx
    .select({ note: protocolNotes, item: { id: agendaItems.id, number: agendaItems.number } })
    .from(protocolNotes)
    .innerJoin(agendaItems, eq(agendaItems.id, protocolNotes.agendaItemId))
    .where(
      and(
        eq(protocolNotes.id, input.noteId),
        eq(agendaItems.meetingId, meeting.id),
        eq(protocolNotes.status, "pending"),
      ),
    )
    .for("update", { of: protocolNotes });
  if (!found) throw new DomainError("not_found", e.noteNotFound);
  return { meeting, ...found };
}
