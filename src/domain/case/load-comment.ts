import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { comments } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { canCommentOnCase } from "./case.policy.ts";
import { type CaseRecord, loadCase } from "./load-case.ts";

/**
 * The thread a comment belongs to (its first comment), locked, with its case, when the
 * principal may comment on the case; otherwise not found / forbidden.
 */
export async function loadThread(
  tx: Tx,
  principal: Principal,
  commentId: number,
): Promise<{ thread: typeof comments.$inferSelect; kase: CaseRecord }> {
  const notFound = new DomainError("not_found", caseMessages.commentNotFound);
  if (!isRowId(commentId)) throw notFound;
  const [comment] = await tx.select().from(comments).where(eq(comments.id, commentId));
  if (!comment) throw notFound;
  const kase = await loadCase(tx, principal, comment.caseId).catch(() => {
    throw notFound;
  });
  if (!canCommentOnCase(principal, kase)) {
    throw new DomainError("forbidden", caseMessages.forbidden.comment);
  }
  const threadId = comment.parentId ?? comment.id;
  const [thread] = await tx.select().from(comments).where(eq(comments.id, threadId)).for("update");
  if (!thread) throw notFound;
  return { thread, kase };
}
