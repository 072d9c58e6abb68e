import { caseMessages } from "../../i18n/da/case.ts";
import type { PmDoc } from "../richtext/doc.ts";
import { purposeFromTitle, purposes } from "./purpose.ts";
import { isWellFormedRecommendation } from "./recommendations.ts";

const m = caseMessages;

export interface SubmissionFacts {
  title: string;
  purpose: keyof typeof purposes | null;
  closed: boolean;
  closureReason: string | null;
  fields: {
    key: string;
    label: string;
    required: boolean;
    kind: string;
    doc: unknown;
    text: string;
  }[];
}

/** What a problem is about: a fact of the case, or one of its fields by key. */
export type SubmissionTarget = "purpose" | "title" | "closureReason" | `field:${string}`;

export interface SubmissionProblem {
  message: string;
  target: SubmissionTarget;
}

/** What keeps a case from being sent to approval, as Danish sentences; empty when nothing. */
export function submissionProblems(c: SubmissionFacts): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  for (const f of c.fields) {
    if (f.required && f.text.trim() === "") {
      problems.push({ message: m.submit.requiredField(f.label), target: `field:${f.key}` });
    }
  }
  if (!c.purpose) problems.push({ message: m.submit.purpose, target: "purpose" });
  else if (purposeFromTitle(c.title) !== c.purpose) {
    const message = m.title.needsPurpose(purposes[c.purpose]);
    problems.push({ message, target: "title" });
  }
  for (const f of c.fields) {
    const filled = f.text.trim() !== "";
    if (f.kind === "recommendations" && filled && !isWellFormedRecommendation(f.doc as PmDoc)) {
      problems.push({ message: m.submit.recommendations(f.label), target: `field:${f.key}` });
    }
  }
  if (c.closed && !c.closureReason) {
    problems.push({ message: m.closureReasonRequired, target: "closureReason" });
  }
  return problems;
}
