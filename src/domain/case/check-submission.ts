import { caseMessages } from "../../i18n/da/case.ts";
import type { PmDoc } from "../richtext/doc.ts";
import { purposeFromTitle, purposes } from "./purpose.ts";
import { isWellFormedRecommendation } from "./recommendations.ts";

const m = caseMessages;

/** "A", "A og B", "A, B og C". */
export function danishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}

export interface SubmissionFacts {
  title: string;
  purpose: keyof typeof purposes | null;
  closed: boolean;
  closureReason: string | null;
  fields: { label: string; required: boolean; kind: string; doc: unknown; text: string }[];
}

/** What keeps a case from being sent to approval, as Danish sentences; empty when nothing. */
export function submissionProblems(c: SubmissionFacts): string[] {
  const problems: string[] = [];
  const empty = c.fields
    .filter((f) => f.required && f.text.trim() === "")
    .map((f) => `»${f.label}«`);
  if (empty.length) problems.push(m.submit.requiredFields(danishList(empty)));
  if (!c.purpose) problems.push(m.submit.purpose);
  else if (purposeFromTitle(c.title) !== c.purpose) {
    problems.push(m.title.needsPurpose(danishList(Object.values(purposes))));
  }
  for (const f of c.fields) {
    const filled = f.text.trim() !== "";
    if (f.kind === "recommendations" && filled && !isWellFormedRecommendation(f.doc as PmDoc)) {
      problems.push(m.submit.recommendations(f.label));
    }
  }
  if (c.closed && !c.closureReason) problems.push(m.closureReasonRequired);
  return problems;
}
