import { and, desc, eq, lte } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { revisions } from "../../db/schema/index.ts";
import { canonicalJson } from "../richtext/canonical-json.ts";
import { withoutCommentMarks } from "../richtext/comment-anchors.ts";
import type { PmDoc } from "../richtext/doc.ts";
import { sanitizeDoc } from "../richtext/sanitize-doc.ts";
import { type CaseContent, META_KEYS } from "./case-content.ts";
import { normaliseFacts, type ParsedSaveCase } from "./save-case-input.ts";

/** The case's content as a version left it: the newest revision made at or before it. */
export async function contentAtVersion(
  tx: Tx,
  caseId: number,
  version: number,
): Promise<CaseContent | null> {
  const [row] = await tx
    .select({ snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.caseId, caseId), lte(revisions.caseVersion, version)))
    .orderBy(desc(revisions.caseVersion))
    .limit(1);
  return (row?.snapshot as CaseContent | undefined) ?? null;
}

/**
 * A document as compared for changes: comment marks (a thread, not an edit) and empty
 * paragraphs at the end (what an editor leaves in an empty field, or after Enter) left out.
 */
function docKey(doc: PmDoc): string {
  const plain = withoutCommentMarks(doc);
  const content = [...(plain.content ?? [])];
  while (content.at(-1)?.type === "paragraph" && !content.at(-1)?.content?.length) content.pop();
  return canonicalJson({ ...plain, content });
}

/**
 * A save written on an older version of the case (`base`), set against what was saved since
 * (`stored`). Only what the save changed from `base` is kept in it: a field or fact it sent as
 * it found it stays as the other person saved it. A clash is a key both changed, to different
 * values.
 */
export function mergeConcurrentSave(
  base: CaseContent,
  stored: CaseContent,
  save: ParsedSaveCase,
): { save: ParsedSaveCase; clashes: string[] } {
  const clashes: string[] = [];
  const facts = normaliseFacts(save);
  const merged: ParsedSaveCase = { ...save };
  for (const key of META_KEYS) {
    const mine = facts[key];
    if (mine === undefined) continue;
    if (mine === base[key]) {
      merged[key] = undefined;
    } else if (stored[key] !== base[key] && stored[key] !== mine) {
      clashes.push(key);
    }
  }
  const fields: NonNullable<ParsedSaveCase["fields"]> = [];
  for (const field of save.fields ?? []) {
    const before = base.fields.find((f) => f.key === field.key);
    const now = stored.fields.find((f) => f.key === field.key);
    const clean = sanitizeDoc(field.doc, now?.label ?? field.key);
    // A field the save cannot be compared on (unreadable, unknown) is left to the save's checks.
    if (!clean.ok || !before || !now) {
      fields.push(field);
      continue;
    }
    const mine = docKey(clean.doc);
    if (mine === docKey(before.doc)) continue;
    fields.push(field);
    if (docKey(now.doc) !== docKey(before.doc) && docKey(now.doc) !== mine) clashes.push(field.key);
  }
  return { save: { ...merged, fields }, clashes };
}
