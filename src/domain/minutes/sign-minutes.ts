import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { minutesSignoffs } from "../../db/schema/index.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { inPhase } from "../meeting/meeting-lifecycle.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { loadSigningMeeting } from "./load-signing-meeting.ts";
import { signerFor } from "./minutes-signers.ts";

const e = signoffMessages.errors;

/**
 * Kommunestyrelsesloven §13: a member who took part in the meeting approves its published
 * minutes with one click. Only while the minutes are published and not yet approved at the next
 * meeting (then they are locked); once per member. The public minutes list who approved, so
 * the publication gate is told.
 */
export async function signMinutes(
  db: Db,
  principal: Principal,
  input: { meetingId: number },
): Promise<{ signedAt: Date }> {
  return db.transaction(async (tx) => {
    const { row, signers } = await loadSigningMeeting(tx, principal, input.meetingId);
    if (inPhase("locked", row.status)) throw new DomainError("locked", e.locked);
    if (!inPhase("minutesOut", row.status)) throw new DomainError("conflict", e.notPublished);
    const signer = signerFor(signers, principal.user.id);
    if (signer === "none") throw new DomainError("forbidden", e.notParticipant);
    if (signer === "absent") throw new DomainError("forbidden", e.absent);
    const [signed] = await tx
      .insert(minutesSignoffs)
      .values({
        meetingId: row.id,
        participantId: signer.participantId,
        userId: principal.user.id,
        signedAt: sql`now()`,
      })
      .onConflictDoNothing()
      .returning({ id: minutesSignoffs.id, signedAt: minutesSignoffs.signedAt });
    if (!signed) throw new DomainError("conflict", e.alreadySigned);
    await recordAudit(tx, {
      organisationId: row.organisationId,
      actorId: principal.user.id,
      action: "minutes.signed",
      entityType: "meeting",
      entityId: row.id,
      data: { participantId: signer.participantId },
    });
    await refreshPublicView(tx, {
      kind: "minutes_signed",
      meetingIds: [row.id],
      actorId: principal.user.id,
      detail: { participantId: signer.participantId },
    });
    return { signedAt: signed.signedAt };
  });
}
