import { and, eq, max, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { caseFields, cases, revisions } from "../../db/schema/index.ts";
import {
  type CaseContent,
  type CaseRow,
  changedFieldKeys,
  changedMetaKeys,
} from "./case-content.ts";

export interface WrittenContent {
  version: number;
  revision: number;
  changedFields: string[];
  changedFacts: string[];
}

/** The next revision number of a case; call with the case row locked. */
export async function nextRevisionNumber(tx: Tx, caseId: number): Promise<number> {
  const [last] = await tx
    .select({ n: max(revisions.number) })
    .from(revisions)
    .where(eq(revisions.caseId, caseId));
  return (last?.n ?? 0) + 1;
}

/**
 * Writes `after` over `before` on a locked case: the changed fields (document and derived
 * text), the case's own facts, a bumped version and a revision snapshot by the actor. The
 * caller has checked the version and the policy and records the audit entry.
 */
export async function writeCaseContent(
  tx: Tx,
  kase: CaseRow,
  before: CaseContent,
  after: CaseContent,
  actorId: number,
  options: { restoredFrom?: number } = {},
): Promise<WrittenContent> {
  const changedFields = changedFieldKeys(before, after);
  for (const field of after.fields.filter((f) => changedFields.includes(f.key))) {
    await tx
      .update(caseFields)
      .set({ doc: field.doc, text: field.text })
      .where(and(eq(caseFields.caseId, kase.id), eq(caseFields.key, field.key)));
  }
  const version = kase.version + 1;
  await tx
    .update(cases)
    .set({
      title: after.title,
      purpose: after.purpose,
      journalNumber: after.journalNumber,
      closed: after.closed,
      closureReason: after.closureReason,
      openDecision: after.openDecision,
      durationMinutes: after.durationMinutes,
      version,
      updatedAt: sql`now()`,
    })
    .where(eq(cases.id, kase.id));
  const revision = await nextRevisionNumber(tx, kase.id);
  await tx.insert(revisions).values({
    caseId: kase.id,
    number: revision,
    authorId: actorId,
    snapshot: after,
    restoredFrom: options.restoredFrom ?? null,
    caseVersion: version,
  });
  return { version, revision, changedFields, changedFacts: changedMetaKeys(before, after) };
}
