import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { notify } from "../notification/notify.ts";
import { loadCaseForReview } from "./load-case-for-review.ts";
import { setCaseStatus } from "./set-case-status.ts";

/**
 * The chosen approver approves a submitted case: it is locked for the author and ready for
 * the committee's secretary to put on an agenda. The author is notified; the step is audited.
 */
export async function approveCase(
  db: Db,
  principal: Principal,
  input: { caseId: number; version?: number },
): Promise<{ version: number; revision: number | null }> {
  return db.transaction(async (tx) => {
    const kase = await loadCaseForReview(tx, principal, input);
    const result = await setCaseStatus(tx, kase, "approved");
    await recordAudit(tx, {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      action: "case.approved",
      entityType: "case",
      entityId: kase.id,
      data: result,
    });
    await notify(tx, [kase.authorId ?? 0, ...kase.sharedWith].filter(Boolean), {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      kind: "case.approved",
      caseId: kase.id,
    });
    return result;
  });
}
