import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.ts";
import { caseFields, comments, users } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { commentAnchorsOf } from "../richtext/comment-anchors.ts";
import type { PmDoc } from "../richtext/doc.ts";
import { type CaseRef, readCase } from "./load-case.ts";

type Person = { id: number; name: string };

export interface CommentView {
  id: number;
  /** The field the thread is about; null for the case as a whole (e.g. a return comment). */
  fieldKey: string | null;
  /** The id of the comment mark in the field's text; null when not anchored to a range. */
  anchor: string | null;
  /** True when the anchored text was deleted: the thread is shown beside the field instead. */
  detached: boolean;
  body: string;
  author: Person;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: Person | null;
  replies: Omit<CommentView, "replies">[];
}

const resolvers = alias(users, "resolvers");

/** The comment threads of a case in the order they were started, replies in order. */
export async function listComments(
  db: Db,
  principal: Principal,
  ref: CaseRef,
): Promise<CommentView[]> {
  const kase = await readCase(db, principal, ref);
  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      fieldKey: comments.fieldKey,
      anchor: comments.anchor,
      body: comments.body,
      authorId: comments.authorId,
      authorName: users.name,
      createdAt: comments.createdAt,
      resolvedAt: comments.resolvedAt,
      resolvedById: comments.resolvedById,
      resolverName: resolvers.name,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .leftJoin(resolvers, eq(resolvers.id, comments.resolvedById))
    .where(eq(comments.caseId, kase.id))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const fields = await db
    .select({ key: caseFields.key, doc: caseFields.doc })
    .from(caseFields)
    .where(eq(caseFields.caseId, kase.id));
  const anchors = new Map(fields.map((f) => [f.key, commentAnchorsOf(f.doc as PmDoc)]));
  const view = (c: (typeof rows)[number]): Omit<CommentView, "replies"> => ({
    id: c.id,
    fieldKey: c.fieldKey,
    anchor: c.anchor,
    detached: c.anchor !== null && !anchors.get(c.fieldKey ?? "")?.has(c.anchor),
    body: c.body,
    author: { id: c.authorId, name: c.authorName },
    createdAt: c.createdAt,
    resolvedAt: c.resolvedAt,
    resolvedBy:
      c.resolvedById !== null && c.resolverName !== null
        ? { id: c.resolvedById, name: c.resolverName }
        : null,
  });
  const threads: CommentView[] = rows
    .filter((c) => c.parentId === null)
    .map((c) => ({ ...view(c), replies: [] }));
  for (const c of rows) {
    if (c.parentId !== null) threads.find((t) => t.id === c.parentId)?.replies.push(view(c));
  }
  return threads;
}
