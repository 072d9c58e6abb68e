import type { Tx } from "../../db/client.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { canReviewCase } from "./case.policy.ts";
import { refuseStaleVersion } from "./case-conflict.ts";
import { type CaseRecord, loadCase } from "./load-case.ts";

const m = caseMessages;

/**
 * The submitted case, locked, for its chosen approver to approve or return: anyone else, or a
 * case not in review, is refused; a version the case has left is a conflict.
 */
export async function loadCaseForReview(
  tx: Tx,
  principal: Principal,
  input: { caseId: number; version?: number },
): Promise<CaseRecord> {
  const kase = await loadCase(tx, principal, input.caseId, { lock: true });
  if (!canReviewCase(principal, kase)) {
    const message = kase.status === "submitted" ? m.forbidden.review : m.forbidden.notInReview;
    throw new DomainError("forbidden", message);
  }
  await refuseStaleVersion(tx, kase, input.version);
  return kase;
}
