import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { caseFields, type cases } from "../../db/schema/index.ts";
import { canonicalJson } from "../richtext/canonical-json.ts";
import type { PmDoc } from "../richtext/doc.ts";
import type { Purpose } from "./purpose.ts";

export interface FieldContent {
  key: string;
  label: string;
  doc: PmDoc;
  text: string;
}

/** Everything a revision snapshots: the case's own facts and its fields in order. */
export interface CaseContent {
  title: string;
  purpose: Purpose | null;
  journalNumber: string | null;
  closed: boolean;
  closureReason: string | null;
  openDecision: string | null;
  durationMinutes: number | null;
  fields: FieldContent[];
}

export type CaseRow = typeof cases.$inferSelect;

export const META_KEYS = [
  "title",
  "purpose",
  "journalNumber",
  "closed",
  "closureReason",
  "openDecision",
  "durationMinutes",
] as const satisfies readonly (keyof CaseContent)[];

/** The case's current content, fields in template order. */
export async function loadContent(db: Db | Tx, kase: CaseRow): Promise<CaseContent> {
  const fields = await db
    .select({
      key: caseFields.key,
      label: caseFields.label,
      doc: caseFields.doc,
      text: caseFields.text,
    })
    .from(caseFields)
    .where(eq(caseFields.caseId, kase.id))
    .orderBy(asc(caseFields.position));
  return {
    title: kase.title,
    purpose: kase.purpose,
    journalNumber: kase.journalNumber,
    closed: kase.closed,
    closureReason: kase.closureReason,
    openDecision: kase.openDecision,
    durationMinutes: kase.durationMinutes,
    fields: fields.map((f) => ({ ...f, doc: f.doc as PmDoc })),
  };
}

export const sameDoc = (a: PmDoc, b: PmDoc) => canonicalJson(a) === canonicalJson(b);

/** The keys of fields whose document differs between a and b (fields of either side). */
export function changedFieldKeys(a: CaseContent, b: CaseContent): string[] {
  const keys = [...new Set([...a.fields, ...b.fields].map((f) => f.key))];
  return keys.filter((key) => {
    const x = a.fields.find((f) => f.key === key);
    const y = b.fields.find((f) => f.key === key);
    return !x || !y || !sameDoc(x.doc, y.doc);
  });
}

export function changedMetaKeys(a: CaseContent, b: CaseContent): string[] {
  return META_KEYS.filter((k) => a[k] !== b[k]);
}
