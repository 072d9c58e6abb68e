import type { ParsedItem, ParsedMinutes } from "../../import/model.ts";
import { matchHeading } from "../../import/text/headings.ts";
import { outcomeOf } from "../meeting/outcome-of.ts";
import { slugify } from "../organisation/slugify.ts";
import { richTextFrom } from "../richtext/rich-text-from.ts";

/** Sections stored elsewhere than as case fields: attachments, closure reason, open decision. */
const NOT_FIELDS = new Set(["attachments", "closure_reason", "open_decision"]);

/**
 * The case fields of an imported item, as rich text keyed by heading (numbered when a heading
 * repeats): every section but the attachment list, the closure reason, the open decision and
 * the item's own decision (the last Beslutning); an earlier committee's decision stays a field.
 * A closed item's fields are never public.
 */
export function fieldsOf(item: ParsedItem, caseId: number) {
  const seen = new Map<string, number>();
  const kinds = item.sections.map((s) => matchHeading(s.heading)?.kind ?? null);
  const decisionAt = kinds.lastIndexOf("decision");
  return item.sections
    .filter((_, i) => i !== decisionAt && !NOT_FIELDS.has(kinds[i] ?? ""))
    .map((section, position) => {
      const base = slugify(section.heading) || "tekst";
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return {
        caseId,
        position,
        key: count > 1 ? `${base}-${count}` : base,
        label: section.heading,
        public: !item.closed,
        ...richTextFrom(section.text),
      };
    });
}

/** The item's decision as rich text with its outcome, or null when it has none. */
export function decisionOf(item: ParsedItem) {
  if (item.decision === null) return null;
  return { outcome: outcomeOf(item.decision), ...richTextFrom(item.decision) };
}

/**
 * The texts of a parsed file as they are stored, each the UTF-8 bytes of a JSON array of rows
 * that name their item by its index in the file: `fields` ({ item, position, key, label,
 * public, doc, text }) and `decisions` ({ item, outcome, doc, text }). They are the bulk of
 * what an import writes; made where the file is parsed, they reach the database as they are
 * (see insertItemTexts).
 */
export interface MinutesTexts {
  fields: Uint8Array;
  decisions: Uint8Array;
}

const utf8 = new TextEncoder();

export function textsOf(parsed: ParsedMinutes): MinutesTexts {
  const fields = parsed.items.flatMap((item, index) =>
    fieldsOf(item, 0).map(({ caseId: _, ...field }) => ({ item: index, ...field })),
  );
  const decisions = parsed.items.flatMap((item, index) => {
    const decision = decisionOf(item);
    return decision ? [{ item: index, ...decision }] : [];
  });
  return {
    fields: utf8.encode(JSON.stringify(fields)),
    decisions: utf8.encode(JSON.stringify(decisions)),
  };
}
