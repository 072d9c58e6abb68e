import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { protocolNotes } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { notify } from "../notification/notify.ts";
import { loadPendingNote } from "./load-pending-note.ts";

/**
 * The secretary does not take a member's protokoltilførsel into the minutes: it is deleted
 * (it was never part of them) and the member is told by a notification.
 */
export async function rejectMemberNote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; noteId: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { meeting, note, item } = await loadPendingNote(tx, principal, input);
    await tx.delete(protocolNotes).where(eq(protocolNotes.id, note.id));
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "protocol_note.rejected",
      entityType: "protocol_note",
      entityId: note.id,
      data: { meetingId: meeting.id, itemId: item.id, author: note.author },
    });
    if (note.submittedById !== null) {
      await notify(tx, [note.submittedById], {
        organisationId: meeting.organisationId,
        actorId: principal.user.id,
        kind: "minutes.note_rejected",
        caseId: null,
        meetingId: meeting.id,
      });
    }
  });
}
