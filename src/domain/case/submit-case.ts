import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { caseFields } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { type Principal, rolesOn } from "../access/access.policy.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { notify } from "../notification/notify.ts";
import { canSubmitCase, isCoAuthor } from "./case.policy.ts";
import { refuseStaleVersion } from "./case-conflict.ts";
import { submissionProblems } from "./check-submission.ts";
import { loadCase } from "./load-case.ts";
import { setCaseStatus } from "./set-case-status.ts";

const m = caseMessages;

export interface SubmitCaseInput {
  caseId: number;
  /** A user holding the approver role on the case's committee, not the author. */
  approverId: number;
  /** The version the author looked at; a newer one is a conflict. Optional. */
  version?: number;
}

/**
 * Sends a draft or returned case to a chosen approver: required fields must be filled, the
 * title must start with the purpose, a recommendation must be "at"-points. The author can no
 * longer edit it; the approver is notified; the step is audited.
 */
export async function submitCase(
  db: Db,
  principal: Principal,
  input: SubmitCaseInput,
): Promise<{ version: number; revision: number | null }> {
  return db.transaction(async (tx) => {
    const kase = await loadCase(tx, principal, input.caseId, { lock: true });
    if (!canSubmitCase(principal, kase)) {
      const notAuthor = !isCoAuthor(principal, kase);
      throw new DomainError(
        "forbidden",
        notAuthor ? m.forbidden.submit : m.forbidden.notSubmittable,
      );
    }
    await refuseStaleVersion(tx, kase, input.version);
    if (!isRowId(input.approverId)) {
      throw new DomainError(
        "invalid",
        m.submit.approverMissing,
        [m.submit.approverMissing],
        ["approver"],
      );
    }
    const approver = await loadPrincipal(tx, input.approverId);
    const committee = { id: kase.committeeId ?? 0, organisationId: kase.organisationId };
    if (!approver || !rolesOn(approver, committee).includes("approver")) {
      throw new DomainError(
        "invalid",
        m.submit.approverNotAllowed,
        [m.submit.approverNotAllowed],
        ["approver"],
      );
    }
    if (approver.user.id === principal.user.id || approver.user.id === kase.authorId) {
      throw new DomainError("invalid", m.submit.selfApproval);
    }
    const fields = await tx
      .select()
      .from(caseFields)
      .where(eq(caseFields.caseId, kase.id))
      .orderBy(asc(caseFields.position));
    const problems = submissionProblems({ ...kase, fields });
    if (problems.length) {
      throw new DomainError(
        "invalid",
        m.submit.problems,
        problems.map((p) => p.message),
        problems.map((p) => p.target),
      );
    }
    const result = await setCaseStatus(tx, kase, "submitted", approver.user.id);
    await recordAudit(tx, {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      action: "case.submitted",
      entityType: "case",
      entityId: kase.id,
      data: { approverId: approver.user.id, from: kase.status, ...result },
    });
    await notify(tx, [approver.user.id], {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      kind: "case.submitted",
      caseId: kase.id,
    });
    return result;
  });
}
