import { eq, max } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { protocolNotes } from "../../db/schema/index.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import { formatCaseTime } from "../../web/components/case-time.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { inPhase } from "../meeting/meeting-lifecycle.ts";
import { loadItemOf } from "../meeting-mode/load-recordable-meeting.ts";
import { loadSigningMeeting } from "./load-signing-meeting.ts";
import { signerFor, signerLabel } from "./minutes-signers.ts";

const e = signoffMessages.errors;

/** The longest protokoltilførsel, as meeting mode allows. */
export const MAX_MEMBER_NOTE_LENGTH = 5000;

/**
 * A member who took part enters their own protokoltilførsel on an item, after the meeting and
 * until the deadline the secretary set. It is theirs (author: name and party) and waits for the
 * secretary (status pending); only an accepted note prints in the minutes.
 */
export async function submitMemberNote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; text: string },
  now: Date = new Date(),
): Promise<{ id: number }> {
  const text = input.text.trim();
  if (!text) throw new DomainError("invalid", e.noteEmpty);
  if (text.length > MAX_MEMBER_NOTE_LENGTH) {
    throw new DomainError("invalid", e.noteTooLong(MAX_MEMBER_NOTE_LENGTH));
  }
  return db.transaction(async (tx) => {
    const { row, signers } = await loadSigningMeeting(tx, principal, input.meetingId);
    const signer = signerFor(signers, principal.user.id);
    if (signer === "none") throw new DomainError("forbidden", e.noteNotParticipant);
    if (signer === "absent") throw new DomainError("forbidden", e.noteAbsent);
    if (inPhase("locked", row.status)) throw new DomainError("locked", e.noteLocked);
    if (!inPhase("held", row.status)) throw new DomainError("conflict", e.noteNotHeld);
    const deadline = row.memberNoteDeadline;
    if (!deadline) throw new DomainError("conflict", e.noteClosed);
    if (now.getTime() > deadline.getTime()) {
      throw new DomainError("conflict", e.noteDeadlinePassed(formatCaseTime(deadline)));
    }
    const item = await loadItemOf(tx, row.id, input.itemId);
    const [last] = await tx
      .select({ position: max(protocolNotes.position) })
      .from(protocolNotes)
      .where(eq(protocolNotes.agendaItemId, item.id));
    const [note] = await tx
      .insert(protocolNotes)
      .values({
        agendaItemId: item.id,
        position: (last?.position ?? -1) + 1,
        author: signerLabel(signer),
        text,
        participantId: signer.participantId,
        status: "pending",
        submittedById: principal.user.id,
      })
      .returning({ id: protocolNotes.id });
    if (!note) throw new Error("protocol note not inserted");
    await recordAudit(tx, {
      organisationId: row.organisationId,
      actorId: principal.user.id,
      action: "protocol_note.submitted",
      entityType: "protocol_note",
      entityId: note.id,
      data: { meetingId: row.id, itemId: item.id, participantId: signer.participantId },
    });
    return note;
  });
}
