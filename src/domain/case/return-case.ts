import type { Db } from "../../db/client.ts";
import { comments } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { notify } from "../notification/notify.ts";
import { loadCaseForReview } from "./load-case-for-review.ts";
import { setCaseStatus } from "./set-case-status.ts";

const m = caseMessages;
export const MAX_COMMENT_LENGTH = 10_000;

export interface ReturnCaseInput {
  caseId: number;
  /** Why the case goes back: required, stored as a comment on the case. */
  comment: string;
  version?: number;
}

/**
 * The chosen approver returns a submitted case to its author with a comment saying what to
 * change. The author can edit and submit it again; they are notified; the step is audited.
 */
export async function returnCase(
  db: Db,
  principal: Principal,
  input: ReturnCaseInput,
): Promise<{ version: number; revision: number | null; commentId: number }> {
  const body = (input.comment ?? "").trim();
  if (!body) {
    const message = m.returnCommentRequired;
    throw new DomainError("invalid", message, [message], ["returnComment"]);
  }
  if (body.length > MAX_COMMENT_LENGTH) {
    throw new DomainError("invalid", m.textTooLong("Kommentaren", MAX_COMMENT_LENGTH));
  }
  return db.transaction(async (tx) => {
    const kase = await loadCaseForReview(tx, principal, input);
    const [comment] = await tx
      .insert(comments)
      .values({ caseId: kase.id, authorId: principal.user.id, body })
      .returning({ id: comments.id });
    if (!comment) throw new Error("comment row was not inserted");
    const result = await setCaseStatus(tx, kase, "returned");
    await recordAudit(tx, {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      action: "case.returned",
      entityType: "case",
      entityId: kase.id,
      data: { commentId: comment.id, ...result },
    });
    await notify(tx, [kase.authorId ?? 0, ...kase.sharedWith].filter(Boolean), {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      kind: "case.returned",
      caseId: kase.id,
      commentId: comment.id,
    });
    return { ...result, commentId: comment.id };
  });
}
