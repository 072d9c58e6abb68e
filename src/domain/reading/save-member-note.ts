import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, memberNotes } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadAgendaMeeting } from "../agenda/load-agenda-meeting.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { NoteConflictError } from "./note-conflict-error.ts";

export const MAX_NOTE_LENGTH = 10_000;

export interface SaveMemberNoteInput {
  meetingId: number;
  itemId: number;
  body: string;
  /**
   * The stored note's updatedAt (ISO) the member's text was written from, "" when they had
   * none. Given, a note changed since is a NoteConflictError; left out, the text replaces it.
   */
  base?: string;
}

/**
 * A member's private note on an item: written, replaced or (when empty) deleted. Only its
 * writer ever reads it; the audit log records that a note changed, never what it says. A note
 * on an item withdrawn meanwhile is kept like any other (`withdrawn` tells the member).
 */
export async function saveMemberNote(
  db: Db,
  principal: Principal,
  input: SaveMemberNoteInput,
): Promise<{ saved: boolean; updatedAt: Date | null; withdrawn: boolean }> {
  const body = input.body.replace(/\r\n/g, "\n").trim();
  if (body.length > MAX_NOTE_LENGTH) {
    const message = agendaMessages.reading.noteTooLong(MAX_NOTE_LENGTH);
    throw new DomainError("invalid", message, [message]);
  }
  return db.transaction(async (tx) => {
    const meeting = await loadAgendaMeeting(tx, principal, input.meetingId, "read");
    const [item] = await tx
      .select({ id: agendaItems.id, withdrawnAt: agendaItems.withdrawnAt })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.meetingId, meeting.id)));
    if (!item) throw new DomainError("not_found", agendaMessages.itemNotFound);
    const userId = principal.user.id;
    const mine = and(eq(memberNotes.userId, userId), eq(memberNotes.agendaItemId, item.id));
    const [stored] = await tx
      .select({ body: memberNotes.body, updatedAt: memberNotes.updatedAt })
      .from(memberNotes)
      .where(mine)
      .for("update");
    if (
      input.base !== undefined &&
      (stored?.updatedAt.toISOString() ?? "") !== input.base &&
      (stored?.body ?? "") !== body
    ) {
      throw new NoteConflictError({
        body: stored?.body ?? "",
        updatedAt: stored?.updatedAt ?? null,
      });
    }
    let updatedAt: Date | null = null;
    if (body === "") {
      await tx.delete(memberNotes).where(mine);
    } else {
      const [row] = await tx
        .insert(memberNotes)
        .values({ userId, agendaItemId: item.id, body })
        .onConflictDoUpdate({
          target: [memberNotes.userId, memberNotes.agendaItemId],
          set: { body, updatedAt: sql`now()` },
        })
        .returning({ updatedAt: memberNotes.updatedAt });
      updatedAt = row?.updatedAt ?? null;
    }
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: userId,
      action: body === "" ? "member_note.deleted" : "member_note.saved",
      entityType: "agenda_item",
      entityId: item.id,
      data: { meetingId: meeting.id, length: body.length },
    });
    return { saved: body !== "", updatedAt, withdrawn: item.withdrawnAt !== null };
  });
}
