import type { Db } from "../../db/client.ts";
import { privacyConfirmations } from "../../db/schema/index.ts";
import { privacyMessages as m } from "../../i18n/da/privacy.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import { canManageCommittee, canViewCommittee, type Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { listPrivacyFindings } from "./list-privacy-findings.ts";

/**
 * A secretary confirms that a CPR-shaped number found on a meeting is not a CPR number, so
 * the public may read it there. Only a current finding of the meeting can be confirmed; the
 * number is stored as its keyed hash, with who and when, and in the audit log.
 */
export async function confirmNotCpr(
  db: Db,
  storage: BlobStorage | undefined,
  principal: Principal,
  input: { meetingId: number; numberHash: string },
): Promise<void> {
  const notFound = new DomainError("not_found", m.notFound);
  const meeting = await getMeeting(db, input.meetingId);
  if (!meeting || !canViewCommittee(principal, meeting.committee)) throw notFound;
  if (!canManageCommittee(principal, meeting.committee)) {
    throw new DomainError("forbidden", m.notAllowed);
  }
  const findings = await listPrivacyFindings(db, storage, meeting);
  const finding = findings.find((f) => f.hash === input.numberHash);
  if (!finding) throw notFound;
  if (finding.confirmed) return;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(privacyConfirmations)
      .values({
        organisationId: meeting.organisationId,
        meetingId: meeting.id,
        numberHash: input.numberHash,
        confirmedById: principal.user.id,
      })
      .onConflictDoNothing()
      .returning({ id: privacyConfirmations.id });
    if (!row) return;
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "privacy.confirmed_not_cpr",
      entityType: "meeting",
      entityId: meeting.id,
      // Where it was and its masked form; never the number itself.
      data: { confirmationId: row.id, where: finding.where, place: finding.place },
    });
    await refreshPublicView(tx, {
      kind: "privacy_confirmed",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
    });
  });
}
