import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { caseFields, cases } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { DomainError } from "../domain-error.ts";
import { canonicalJson } from "../richtext/canonical-json.ts";
import { commentAnchorsOf, withoutCommentMarks } from "../richtext/comment-anchors.ts";
import type { PmDoc } from "../richtext/doc.ts";
import { sanitizeDoc } from "../richtext/sanitize-doc.ts";
import { caseConflict } from "./case-conflict.ts";
import { loadContent } from "./case-content.ts";
import type { CaseRecord } from "./load-case.ts";

const m = caseMessages.comment;

/**
 * Stores a field's document with a new comment mark on a locked case, for commenters who may
 * not edit: the document may differ from the stored one in comment marks only, and must hold
 * the anchor. Bumps the version (an editor open on the old document gets a conflict instead
 * of dropping the mark); no revision, since the text is unchanged.
 */
export async function writeCommentMark(
  tx: Tx,
  kase: CaseRecord,
  input: { fieldKey: string; anchor: string; markedDoc: unknown; version: number },
): Promise<number> {
  const before = await loadContent(tx, kase);
  if (input.version !== kase.version) {
    throw await caseConflict(tx, kase, before, { version: input.version });
  }
  const field = before.fields.find((f) => f.key === input.fieldKey);
  if (!field) throw new DomainError("invalid", caseMessages.unknownField(input.fieldKey));
  const clean = sanitizeDoc(input.markedDoc, field.label);
  if (!clean.ok) throw new DomainError("invalid", clean.message);
  const same = (d: PmDoc) => canonicalJson(withoutCommentMarks(d));
  if (same(clean.doc) !== same(field.doc)) throw new DomainError("invalid", m.markChangesText);
  if (!commentAnchorsOf(clean.doc).has(input.anchor))
    throw new DomainError("invalid", m.markMissing);
  await tx
    .update(caseFields)
    .set({ doc: clean.doc })
    .where(and(eq(caseFields.caseId, kase.id), eq(caseFields.key, input.fieldKey)));
  const version = kase.version + 1;
  await tx.update(cases).set({ version, updatedAt: sql`now()` }).where(eq(cases.id, kase.id));
  return version;
}
