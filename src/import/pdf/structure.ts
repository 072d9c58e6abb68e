import { journalNumberFromLine } from "../journal-number.ts";
import { matchHeading } from "../text/headings.ts";
import { matchItemLine } from "../text/item-starts.ts";

const LIST_MARKER = /^(?:\d{1,3}[.)]|[-•*–])\s/;

/** True for a line that starts a list item: "1. …", "2) …", "- …", "• …". */
export function isListLine(text: string): boolean {
  return LIST_MARKER.test(text.trimStart());
}

/** True for an item title line ("Punkt 3: …"), which may wrap onto the next line. */
export function isItemLine(text: string): boolean {
  return matchItemLine(text) !== null;
}

/** True for a heading, an item title line or a journal number: never joined to another line. */
export function isStructuralLine(text: string): boolean {
  return (
    matchHeading(text) !== null ||
    matchItemLine(text) !== null ||
    journalNumberFromLine(text) !== null
  );
}
