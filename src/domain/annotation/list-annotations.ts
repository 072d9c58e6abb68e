import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { type AnnotationRect, bilagAnnotations, users } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { type AnnotationVisibility, visibleAnnotationsWhere } from "./annotation.policy.ts";
import { loadReadableBilag } from "./load-readable-bilag.ts";
import { byReadingOrder } from "./reading-order.ts";

/** One annotation as the viewer's page shows it to one user. */
export interface AnnotationView {
  id: string;
  page: number;
  quote: string;
  rects: AnnotationRect[];
  note: string;
  visibility: AnnotationVisibility;
  /** True when the user wrote it (and so may change it). */
  mine: boolean;
  authorName: string;
  updatedAt: string;
}

/** The annotations on a bilag the user may see (annotation.policy), in reading order. */
export async function listAnnotations(
  db: Db,
  principal: Principal,
  attachmentId: number,
): Promise<AnnotationView[]> {
  const bilag = await loadReadableBilag(db, principal, attachmentId);
  const userId = principal.user.id;
  const rows = await db
    .select({ a: bilagAnnotations, authorName: users.name })
    .from(bilagAnnotations)
    .innerJoin(users, eq(users.id, bilagAnnotations.authorId))
    .where(visibleAnnotationsWhere(userId, bilag.id))
    .orderBy(asc(bilagAnnotations.page), asc(bilagAnnotations.createdAt), asc(bilagAnnotations.id));
  const views = rows.map(({ a, authorName }) => ({
    id: a.id,
    page: a.page,
    quote: a.quote,
    rects: a.rects,
    note: a.note,
    visibility: a.visibility,
    mine: a.authorId === userId,
    authorName,
    updatedAt: a.updatedAt.toISOString(),
  }));
  return views.sort(byReadingOrder);
}
