import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { bilagAnnotations } from "../../db/schema/index.ts";
import { annotationMessages } from "../../i18n/da/annotation.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { canChangeAnnotation } from "./annotation.policy.ts";
import type { AnnotationInput } from "./annotation-input.ts";
import { loadReadableBilag } from "./load-readable-bilag.ts";

const e = annotationMessages.errors;

/**
 * Creates or updates (by its id) the user's annotation on a bilag they may read. The same save
 * sent twice (a lost answer, the offline outbox) leaves one row. Someone else's annotation, a
 * deleted one or one on another bilag is refused with a Danish message and left unchanged.
 */
export async function saveAnnotation(
  db: Db,
  principal: Principal,
  attachmentId: number,
  input: AnnotationInput,
): Promise<{ id: string; updatedAt: string }> {
  return db.transaction(async (tx) => {
    const bilag = await loadReadableBilag(tx, principal, attachmentId);
    const userId = principal.user.id;
    const [existing] = await tx
      .select()
      .from(bilagAnnotations)
      .where(eq(bilagAnnotations.id, input.id))
      .for("update");
    if (existing) {
      if (existing.attachmentId !== bilag.id) throw new DomainError("invalid", e.otherBilag);
      if (existing.deleted) throw new DomainError("conflict", e.deleted);
      if (!canChangeAnnotation(userId, true, existing))
        throw new DomainError("forbidden", e.notYours);
    }
    const values = {
      page: input.page,
      quote: input.quote,
      rects: input.rects,
      note: input.note,
      visibility: input.visibility,
    };
    const [row] = existing
      ? await tx
          .update(bilagAnnotations)
          .set({ ...values, updatedAt: sql`now()` })
          .where(and(eq(bilagAnnotations.id, input.id), eq(bilagAnnotations.authorId, userId)))
          .returning({ id: bilagAnnotations.id, updatedAt: bilagAnnotations.updatedAt })
      : await tx
          .insert(bilagAnnotations)
          .values({ id: input.id, attachmentId: bilag.id, authorId: userId, ...values })
          .onConflictDoNothing()
          .returning({ id: bilagAnnotations.id, updatedAt: bilagAnnotations.updatedAt });
    // Two first saves of one id at once: the other one wrote it; this repeat changes nothing.
    if (!row) throw new DomainError("conflict", e.invalid);
    return { id: row.id, updatedAt: row.updatedAt.toISOString() };
  });
}
