import { journalNumberFromLine } from "../journal-number.ts";
import { matchHeading } from "./headings.ts";
import { looksLikeTocEntry } from "./toc.ts";

export interface ItemStart {
  /** Index of the "Punkt N: …" line. */
  line: number;
  number: number;
  rawTitle: string;
}

const ITEM_LINE = /^\s*punkt\s{1,3}(\d{1,3})\s{0,3}[:.–—-](?:\s+|$)(.*)$/is;
const LOOKAHEAD = 3;

/** Number and raw title of a line such as "Punkt 3: Title", "Punkt 3. Title", "Punkt 3 - Title". */
export function matchItemLine(line: string): { number: number; rawTitle: string } | null {
  const match = ITEM_LINE.exec(line);
  if (!match || looksLikeTocEntry(line)) return null;
  return { number: Number(match[1]), rawTitle: (match[2] ?? "").trim() };
}

/** True when a journal number or a heading follows a candidate closely, or nothing does. */
function followedByItemBody(lines: readonly string[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < LOOKAHEAD; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    if (matchItemLine(line)) return false;
    if (journalNumberFromLine(line) || matchHeading(line)) return true;
    seen++;
  }
  return seen === 0;
}

function nextNonEmpty(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  return i;
}

/**
 * Drops a leading run of bodiless "Punkt N: Title 3" lines after which the numbering starts
 * over: a table of contents written with item numbers.
 */
function withoutTocRun(lines: readonly string[], starts: ItemStart[]): ItemStart[] {
  let run = 0;
  while (run < starts.length - 1) {
    const current = starts[run] as ItemStart;
    if (nextNonEmpty(lines, current.line + 1) !== starts[run + 1]?.line) break;
    run++;
  }
  const restarts = run >= 2 && (starts[run]?.number ?? 0) <= (starts[0]?.number ?? 0);
  return restarts ? starts.slice(run) : starts;
}

/**
 * The lines that start agenda items. A "Punkt N:" line counts when it carries the next
 * number in sequence, or when a journal number or a section heading follows it; otherwise it
 * is text (a decision may mention "Punkt 5: …").
 */
export function findItemStarts(lines: readonly string[]): ItemStart[] {
  const starts: ItemStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = matchItemLine(lines[i] ?? "");
    if (!match) continue;
    const expected = (starts.at(-1)?.number ?? 0) + 1;
    if (match.number === expected || followedByItemBody(lines, i + 1)) {
      starts.push({ line: i, ...match });
    }
  }
  return withoutTocRun(lines, starts);
}
