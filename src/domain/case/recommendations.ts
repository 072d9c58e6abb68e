import type { PmDoc, PmNode } from "../richtext/doc.ts";
import { docToText } from "../richtext/doc-to-text.ts";

const AT = /^at\s/i;

/**
 * The recommendation points of a recommendations field: the items of its numbered list
 * ("1. at …"), each as plain text. The lead-in ("Kommunaldirektøren indstiller,") is not a point.
 */
export function recommendationsOf(doc: PmDoc): string[] {
  const list = doc.content.find((n) => n.type === "orderedList");
  return (list?.content ?? []).map((item: PmNode) =>
    docToText({ type: "doc", content: item.content ?? [] }).trim(),
  );
}

/** True when a recommendation point begins with "at" ("at udvalget godkender …"). */
export function beginsWithAt(point: string): boolean {
  return AT.test(point.trim());
}

/** True when the field is a numbered list whose every point begins with "at". */
export function isWellFormedRecommendation(doc: PmDoc): boolean {
  const points = recommendationsOf(doc);
  return points.length > 0 && points.every(beginsWithAt);
}
