import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { comments } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { loadThread } from "./load-comment.ts";

/** Reopens a resolved comment thread (given any comment in it); an open thread stays as it is. */
export async function reopenComment(
  db: Db,
  principal: Principal,
  input: { commentId: number },
): Promise<{ threadId: number; changed: boolean }> {
  return db.transaction(async (tx) => {
    const { thread, kase } = await loadThread(tx, principal, input.commentId);
    if (!thread.resolvedAt) return { threadId: thread.id, changed: false };
    await tx
      .update(comments)
      .set({ resolvedAt: null, resolvedById: null })
      .where(eq(comments.id, thread.id));
    await recordAudit(tx, {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      action: "comment.reopened",
      entityType: "comment",
      entityId: thread.id,
      data: { caseId: kase.id },
    });
    return { threadId: thread.id, changed: true };
  });
}
