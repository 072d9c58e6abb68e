import type { Db } from "../../db/client.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { type DiffPart, diffWords } from "../richtext/diff-words.ts";
import { type PmDoc, paragraph } from "../richtext/doc.ts";
import { type DiffDoc, richDiff } from "../richtext/rich-diff.ts";
import { type CaseContent, type FieldContent, META_KEYS } from "./case-content.ts";
import type { RevisionSummary } from "./list-revisions.ts";
import { loadCase } from "./load-case.ts";
import { loadRevision } from "./load-revision.ts";
import { purposes } from "./purpose.ts";

const labels = caseMessages.labels;

export interface EntryDiff {
  key: string;
  label: string;
  changed: boolean;
  /** The text with insertions and deletions marked; same + deleted = before, same + inserted = after. */
  parts: DiffPart[];
  /** True when the texts were too different to diff word by word in time. */
  approximate: boolean;
}

/** A field's changes with its structure kept (richDiff): headings, lists, tables. */
export interface FieldDiff {
  key: string;
  label: string;
  changed: boolean;
  /** The newer document with insertions and deletions marked inside it. */
  doc: DiffDoc;
  /** How many separate changes the field has. */
  changes: number;
}

export interface RevisionDiff {
  from: RevisionSummary;
  to: RevisionSummary;
  /** The case's own facts that changed (title, purpose, journal number, closure, …). */
  facts: EntryDiff[];
  /** Every field, in the newer revision's order (fields only in the older one last). */
  fields: FieldDiff[];
}

function factText(c: CaseContent, key: (typeof META_KEYS)[number]): string {
  const value = c[key];
  if (key === "purpose") return c.purpose ? purposes[c.purpose] : "";
  if (key === "closed") return c.closed ? labels.yes : labels.no;
  return value === null || value === undefined ? "" : String(value);
}

function entry(key: string, label: string, before: string, after: string): EntryDiff {
  const { parts, approximate } = diffWords(before, after);
  return { key, label, changed: before !== after, parts, approximate };
}

const EMPTY: PmDoc = { type: "doc", content: [] };

/** A snapshot's field document; snapshots from before rich text hold only the text. */
const docOf = (f: { doc?: PmDoc; text: string } | undefined): PmDoc =>
  f?.doc ?? (f?.text ? { type: "doc", content: [paragraph(f.text)] } : EMPTY);

/** A document of the field's plain text, one paragraph per line. */
const plain = (f: { text: string } | undefined): PmDoc => ({
  type: "doc",
  content: (f?.text ?? "").split("\n").map(paragraph),
});

function fieldDiff(
  key: string,
  label: string,
  x: FieldContent | undefined,
  y: FieldContent | undefined,
): FieldDiff {
  let result: ReturnType<typeof richDiff>;
  try {
    result = richDiff(docOf(x), docOf(y));
  } catch {
    // A snapshot the schema cannot read (written before a rule changed): compare its text.
    result = richDiff(plain(x), plain(y));
  }
  return { key, label, changed: result.changes > 0, doc: result.doc, changes: result.changes };
}

/**
 * The changes between two revisions of a case, per field with the field's structure kept, with who saved
 * each revision and when: what an author sees of an approver's edits, and any two versions.
 */
export async function diffRevisions(
  db: Db,
  principal: Principal,
  input: { caseId: number; from: number; to: number },
): Promise<RevisionDiff> {
  const kase = await loadCase(db, principal, input.caseId);
  const { content: a, ...from } = await loadRevision(db, kase.id, input.from);
  const { content: b, ...to } = await loadRevision(db, kase.id, input.to);
  const facts = META_KEYS.map((k) => entry(k, labels[k], factText(a, k), factText(b, k))).filter(
    (e) => e.changed,
  );
  const keys = [...new Set([...b.fields, ...a.fields].map((f) => f.key))];
  const fields = keys.map((key) => {
    const x = a.fields.find((f) => f.key === key);
    const y = b.fields.find((f) => f.key === key);
    return fieldDiff(key, (y ?? x)?.label ?? key, x, y);
  });
  return { from, to, facts, fields };
}
