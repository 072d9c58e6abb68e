import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { revisions, users } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { DomainError } from "../domain-error.ts";
import type { CaseContent } from "./case-content.ts";
import type { RevisionSummary } from "./list-revisions.ts";

/** One revision of a case with its snapshot; a Danish not-found error when there is none. */
export async function loadRevision(
  db: Db | Tx,
  caseId: number,
  number: number,
): Promise<RevisionSummary & { content: CaseContent }> {
  const [row] = Number.isInteger(number)
    ? await db
        .select({
          number: revisions.number,
          authorId: users.id,
          authorName: users.name,
          createdAt: revisions.createdAt,
          restoredFrom: revisions.restoredFrom,
          snapshot: revisions.snapshot,
        })
        .from(revisions)
        .leftJoin(users, eq(users.id, revisions.authorId))
        .where(and(eq(revisions.caseId, caseId), eq(revisions.number, number)))
    : [];
  if (!row) throw new DomainError("not_found", caseMessages.revisions.notFound(number));
  const author =
    row.authorId !== null && row.authorName !== null
      ? { id: row.authorId, name: row.authorName }
      : null;
  return {
    number: row.number,
    author,
    createdAt: row.createdAt,
    restoredFrom: row.restoredFrom,
    content: row.snapshot as CaseContent,
  };
}
