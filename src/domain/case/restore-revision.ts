import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { meetingsShowing } from "../publication/meetings-showing.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { canEditCase } from "./case.policy.ts";
import { caseConflict } from "./case-conflict.ts";
import { type CaseContent, loadContent } from "./case-content.ts";
import { loadCase } from "./load-case.ts";
import { loadRevision } from "./load-revision.ts";
import { editRefusal } from "./save-case.ts";
import { writeCaseContent } from "./write-case-content.ts";

/**
 * Restores an earlier revision as a new one: the case's facts and fields become the old
 * snapshot's (fields the case no longer has are skipped), saved as a revision by the principal
 * that records which one it restored. Nothing is lost: the revisions in between stay.
 */
export async function restoreRevision(
  db: Db,
  principal: Principal,
  input: { caseId: number; number: number; version: number },
): Promise<{ version: number; revision: number }> {
  return db.transaction(async (tx) => {
    const kase = await loadCase(tx, principal, input.caseId, { lock: true });
    if (!canEditCase(principal, kase)) throw new DomainError("forbidden", editRefusal(kase.status));
    const before = await loadContent(tx, kase);
    if (input.version !== kase.version) {
      throw await caseConflict(tx, kase, before, { version: input.version });
    }
    const { content: old } = await loadRevision(tx, kase.id, input.number);
    const after: CaseContent = {
      ...before,
      title: old.title,
      purpose: old.purpose,
      journalNumber: old.journalNumber,
      closed: old.closed,
      closureReason: old.closureReason,
      openDecision: old.openDecision,
      durationMinutes: old.durationMinutes,
      fields: before.fields.map((f) => {
        const o = old.fields.find((x) => x.key === f.key);
        return o ? { ...f, doc: o.doc, text: o.text } : f;
      }),
    };
    const written = await writeCaseContent(tx, kase, before, after, principal.user.id, {
      restoredFrom: input.number,
    });
    await recordAudit(tx, {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      action: "case.revision_restored",
      entityType: "case",
      entityId: kase.id,
      data: { restoredFrom: input.number, version: written.version, revision: written.revision },
    });
    await refreshPublicView(tx, {
      kind: "case_edited",
      meetingIds: await meetingsShowing(tx, { caseId: kase.id }),
      actorId: principal.user.id,
      detail: { caseId: kase.id, restoredFrom: input.number },
    });
    return { version: written.version, revision: written.revision };
  });
}
