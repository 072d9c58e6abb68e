import { parseDuration } from "../time-slot.ts";
import { type HeadingKind, matchHeading } from "./headings.ts";
import { type Block, blocksToText, joinPageBreaks, toBlocks } from "./paragraphs.ts";

export interface RawSection {
  heading: string;
  kind: HeadingKind | "preamble";
  text: string;
}

export interface SplitResult {
  sections: RawSection[];
  /** From a paragraph that is only "(N min.)" at the start of a section. */
  estimateMinutes: number | null;
}

interface Collecting {
  heading: string;
  kind: RawSection["kind"];
  lines: string[];
}

const LIST_MARKER = /^\s*(?:\d{1,3}[.)]|[-•*–])\s+/;

/** A weak heading ("Tidsplan") inside prose or a decision is a sub-heading, i.e. text. */
function startsSection(kind: HeadingKind, current: Collecting | undefined): boolean {
  if (kind !== "weak" || !current) return true;
  return current.kind !== "prose" && current.kind !== "decision";
}

function sectionBlocks(section: Collecting): Block[] {
  const blocks = toBlocks(section.lines);
  return section.kind === "attachments" ? blocks : joinPageBreaks(blocks);
}

/**
 * Splits an item's body into sections at heading lines. Lines before the first heading form
 * a "preamble" section whose heading the caller names.
 */
export function splitSections(lines: readonly string[]): SplitResult {
  const collected: Collecting[] = [];
  for (const line of lines) {
    const current = collected.at(-1);
    const heading = matchHeading(line);
    if (heading && startsSection(heading.kind, current)) {
      collected.push({ heading: heading.heading, kind: heading.kind, lines: [] });
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim() !== "") {
      collected.push({ heading: "", kind: "preamble", lines: [line] });
    }
  }
  let estimateMinutes: number | null = null;
  const sections = collected.map((section) => {
    const blocks = sectionBlocks(section);
    const first = blocks[0];
    const estimate = first?.length === 1 ? parseDuration(first[0] ?? "") : null;
    if (estimate !== null) {
      estimateMinutes ??= estimate;
      blocks.shift();
    }
    return { heading: section.heading, kind: section.kind, text: blocksToText(blocks) };
  });
  return { sections, estimateMinutes };
}

/** Attachment names: one per non-empty line, without a leading list number or bullet. */
export function attachmentNames(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(LIST_MARKER, "").trim())
    .filter((line) => line !== "");
}
