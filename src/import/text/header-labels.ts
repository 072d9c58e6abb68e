export type HeaderField = "date" | "time" | "location" | "participants" | "absent" | "committee";

export interface LabelledLine {
  field: HeaderField;
  value: string;
}

const LABELS: [string, HeaderField][] = (
  [
    ["mødedato", "date"],
    ["mødedag", "date"],
    ["dato", "date"],
    ["mødetidspunkt", "time"],
    ["tidspunkt", "time"],
    ["mødestart", "time"],
    ["tid", "time"],
    ["mødested", "location"],
    ["sted", "location"],
    ["mødedeltagere", "participants"],
    ["deltagere", "participants"],
    ["til stede", "participants"],
    ["tilstede", "participants"],
    ["medlemmer", "participants"],
    ["afbud fra", "absent"],
    ["afbud", "absent"],
    ["fraværende med afbud", "absent"],
    ["fraværende", "absent"],
    ["fravær", "absent"],
    ["udvalg", "committee"],
    ["mødeforum", "committee"],
    ["forum", "committee"],
  ] as [string, HeaderField][]
).sort((a, b) => b[0].length - a[0].length);

const SEPARATORS = new Set([" ", "\t", ":", "|"]);

/** The header field a line starts with ("Mødedato …", "Mødested: …", "Afbud | …"), or null. */
export function matchHeaderLabel(line: string): LabelledLine | null {
  const text = line.trim();
  const lower = text.toLowerCase();
  for (const [label, field] of LABELS) {
    if (!lower.startsWith(label)) continue;
    const next = text[label.length];
    if (next !== undefined && !SEPARATORS.has(next)) continue;
    const value = text
      .slice(label.length)
      .replace(/^[\s:|]+/, "")
      .trim();
    return { field, value };
  }
  return null;
}
