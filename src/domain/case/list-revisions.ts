import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { revisions, users } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadCase } from "./load-case.ts";

export interface RevisionSummary {
  number: number;
  author: { id: number; name: string } | null;
  createdAt: Date;
  /** The revision this one restored, when it is a restore. */
  restoredFrom: number | null;
}

/** The revisions of a case, newest first, with who saved each and when. */
export async function listRevisions(
  db: Db,
  principal: Principal,
  caseId: number,
): Promise<RevisionSummary[]> {
  const kase = await loadCase(db, principal, caseId);
  const rows = await db
    .select({
      number: revisions.number,
      authorId: users.id,
      authorName: users.name,
      createdAt: revisions.createdAt,
      restoredFrom: revisions.restoredFrom,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.caseId, kase.id))
    .orderBy(desc(revisions.number));
  return rows.map((r) => ({
    number: r.number,
    author:
      r.authorId !== null && r.authorName !== null ? { id: r.authorId, name: r.authorName } : null,
    createdAt: r.createdAt,
    restoredFrom: r.restoredFrom,
  }));
}
