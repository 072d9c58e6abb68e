import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { bilagAnnotations } from "../../db/schema/index.ts";
import { annotationMessages } from "../../i18n/da/annotation.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { canChangeAnnotation } from "./annotation.policy.ts";
import { loadReadableBilag } from "./load-readable-bilag.ts";

const e = annotationMessages.errors;

/**
 * Deletes the user's annotation (kept as a marked row, so a late repeat of a save cannot bring
 * it back). Deleting one that is already gone, or was never sent, is done: the outbox may send
 * a delete for an annotation whose creation it replaced.
 */
export async function deleteAnnotation(
  db: Db,
  principal: Principal,
  attachmentId: number,
  annotationId: string,
): Promise<{ deleted: boolean }> {
  return db.transaction(async (tx) => {
    const bilag = await loadReadableBilag(tx, principal, attachmentId);
    const [existing] = await tx
      .select()
      .from(bilagAnnotations)
      .where(eq(bilagAnnotations.id, annotationId))
      .for("update");
    if (!existing || existing.deleted) return { deleted: false };
    if (existing.attachmentId !== bilag.id) throw new DomainError("invalid", e.otherBilag);
    if (!canChangeAnnotation(principal.user.id, true, existing))
      throw new DomainError("forbidden", e.notYours);
    await tx
      .update(bilagAnnotations)
      .set({ deleted: true, updatedAt: sql`now()` })
      .where(eq(bilagAnnotations.id, existing.id));
    return { deleted: true };
  });
}
