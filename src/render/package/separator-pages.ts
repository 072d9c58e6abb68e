import { attachmentMessages } from "../../i18n/da/attachment.ts";
import { compilePrintable } from "../pdf/compile-printable.ts";
import { str } from "../pdf/typst-markup.ts";

const p = attachmentMessages.package;

export interface Separator {
  /** The item's heading as in the agenda: "Punkt 3: Budget 2026". */
  itemHeading: string;
  /** The bilag's number under its item, from 1. */
  number: number;
  title: string;
}

// One A4 page per bilag, set by Typst like the agenda itself: its fonts embedded, any
// character they have printed (pdf-lib's standard fonts knew only WinAnsi).
const PRELUDE = `#set document(title: ${str(p.separatorsTitle)})
#set text(lang: "da", region: "DK", size: 12pt)
#set page(paper: "a4", margin: 2.5cm)
#let separator(label, title) = {
  v(2.5cm)
  par(label)
  v(0.8em)
  par(text(size: 24pt, weight: "bold", title))
}
`;

/**
 * The pages put before the bilag in an agenda package, one per bilag in the order given: which
 * item it belongs to and its title, so a reader leafing through the package sees where one
 * bilag starts. One PDF, a page each.
 */
export function separatorPages(separators: readonly Separator[]): Uint8Array {
  const pages = separators.map(
    (s) => `#separator(${str(p.separatorLabel(s.number, s.itemHeading))}, ${str(s.title)})`,
  );
  return compilePrintable(PRELUDE, pages.join("\n#pagebreak()\n"));
}
