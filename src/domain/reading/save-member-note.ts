import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, memberNotes } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadAgendaMeeting } from "../agenda/load-agenda-meeting.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";

export const MAX_NOTE_LENGTH = 10_000;

/**
 * A member's private note on an item: written, replaced or (when empty) deleted. Only its
 * writer ever reads it; the audit log records that a note changed, never what it says.
 */
export async function saveMemberNote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; body: string },
): Promise<{ saved: boolean }> {
  const body = input.body.replace(/\r\n/g, "\n").trim();
  if (body.length > MAX_NOTE_LENGTH) {
    const message = agendaMessages.reading.noteTooLong(MAX_NOTE_LENGTH);
    throw new DomainError("invalid", message, [message]);
  }
  return db.transaction(async (tx) => {
    const meeting = await loadAgendaMeeting(tx, principal, input.meetingId, "read");
    const [item] = await tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.meetingId, meeting.id)));
    if (!item) throw new DomainError("not_found", agendaMessages.itemNotFound);
    const userId = principal.user.id;
    if (body === "") {
      await tx
        .delete(memberNotes)
        .where(and(eq(memberNotes.userId, userId), eq(memberNotes.agendaItemId, item.id)));
    } else {
      await tx
        .insert(memberNotes)
        .values({ userId, agendaItemId: item.id, body })
        .onConflictDoUpdate({
          target: [memberNotes.userId, memberNotes.agendaItemId],
          set: { body, updatedAt: sql`now()` },
        });
    }
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: userId,
      action: body === "" ? "member_note.deleted" : "member_note.saved",
      entityType: "agenda_item",
      entityId: item.id,
      data: { meetingId: meeting.id, length: body.length },
    });
    return { saved: body !== "" };
  });
}
