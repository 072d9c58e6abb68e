import type { ParsedItem } from "../../import/model.ts";
import { slugify } from "../organisation/slugify.ts";
import { docToText } from "../richtext/doc-to-text.ts";
import { textToDoc } from "../richtext/text-to-doc.ts";

const isDecision = (heading: string) => /^beslutning\b/i.test(heading);
const isAttachments = (heading: string) => /^bilag$/i.test(heading);

function outcomeOf(text: string): "decided" | "noted" | "postponed" {
  if (/\budsat\b/i.test(text)) return "postponed";
  if (/til efterretning/i.test(text)) return "noted";
  return "decided";
}

function richText(text: string) {
  const doc = textToDoc(text);
  return { doc, text: docToText(doc) };
}

/**
 * The case fields of an imported item: every section but Beslutning and Bilag, as rich text,
 * keyed by its heading (numbered when a heading repeats).
 */
export function fieldsOf(item: ParsedItem, caseId: number) {
  const seen = new Map<string, number>();
  return item.sections
    .filter((s) => !isDecision(s.heading) && !isAttachments(s.heading))
    .map((section, position) => {
      const base = slugify(section.heading) || "tekst";
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return {
        caseId,
        position,
        key: count > 1 ? `${base}-${count}` : base,
        label: section.heading,
        ...richText(section.text),
      };
    });
}

/** The item's decision as rich text with its outcome, or null when it has none. */
export function decisionOf(item: ParsedItem) {
  if (item.decision === null) return null;
  return { outcome: outcomeOf(item.decision), ...richText(item.decision) };
}
