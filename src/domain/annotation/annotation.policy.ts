import { and, eq, or, type SQL } from "drizzle-orm";
import { bilagAnnotations } from "../../db/schema/index.ts";

/**
 * Who reads and changes a member's highlights on a bilag. Everything starts from whether the
 * user may read the bilag itself (mayReadAttachment: staff read an item's bilag as its meeting
 * shows it to them, so only users with a role on the committee): a private annotation is then
 * its author's alone, a shared one ("committee") is read by every such reader. Only the author
 * changes or deletes one, and only while they may still read the bilag. Never public.
 */

export type AnnotationVisibility = "private" | "committee";

export interface AnnotationFacts {
  authorId: number;
  visibility: AnnotationVisibility;
  deleted: boolean;
}

export function canSeeAnnotation(
  userId: number,
  mayReadBilag: boolean,
  annotation: AnnotationFacts,
): boolean {
  if (!mayReadBilag || annotation.deleted) return false;
  return annotation.authorId === userId || annotation.visibility === "committee";
}

export function canChangeAnnotation(
  userId: number,
  mayReadBilag: boolean,
  annotation: AnnotationFacts,
): boolean {
  return mayReadBilag && !annotation.deleted && annotation.authorId === userId;
}

/** The SQL twin of canSeeAnnotation for one bilag the user may read. */
export function visibleAnnotationsWhere(userId: number, attachmentId: number): SQL {
  return and(
    eq(bilagAnnotations.attachmentId, attachmentId),
    eq(bilagAnnotations.deleted, false),
    or(eq(bilagAnnotations.authorId, userId), eq(bilagAnnotations.visibility, "committee")),
  ) as SQL;
}
