import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { protocolNotes } from "../../db/schema/index.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { inPhase } from "../meeting/meeting-lifecycle.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { loadPendingNote } from "./load-pending-note.ts";
import { snapshotMinutes } from "./snapshot-minutes.ts";

/**
 * The secretary takes a member's protokoltilførsel into the minutes. Once the minutes are out
 * the protocol is never edited in place: the minutes with the note become a new version (the
 * reason names the member and item), and the publication gate brings the public view in line.
 */
export async function acceptMemberNote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; noteId: number },
): Promise<{ minutesVersion: number | null }> {
  return db.transaction(async (tx) => {
    const { meeting, note, item } = await loadPendingNote(tx, principal, input);
    await tx.update(protocolNotes).set({ status: "accepted" }).where(eq(protocolNotes.id, note.id));
    const out = inPhase("minutesOut", meeting.status);
    const minutesVersion = out
      ? await snapshotMinutes(tx, meeting.id, {
          reason: signoffMessages.versionReason(note.author, item.number),
          actorId: principal.user.id,
        })
      : null;
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "protocol_note.accepted",
      entityType: "protocol_note",
      entityId: note.id,
      data: { meetingId: meeting.id, itemId: item.id, minutesVersion },
    });
    await refreshPublicView(tx, {
      kind: "protocol_note_accepted",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
      detail: { itemId: item.id, noteId: note.id, minutesVersion },
    });
    return { minutesVersion };
  });
}
