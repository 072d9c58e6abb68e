import { findDanishDate } from "../danish-date.ts";
import { journalNumberFromLine } from "../journal-number.ts";
import { matchHeaderLabel } from "./header-labels.ts";
import { matchHeading } from "./headings.ts";
import type { ItemStart } from "./item-starts.ts";
import { isTocHeading } from "./toc.ts";

/** The item numbers that more than one item carries, in the order they first appear. */
export function repeatedNumbers(starts: readonly ItemStart[]): number[] {
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const { number } of starts) {
    if (seen.has(number)) repeated.add(number);
    seen.add(number);
  }
  return [...repeated];
}

/** A line only a meeting's front matter has: a table of contents, or a meeting date. */
function isFrontMatter(line: string): boolean {
  if (isTocHeading(line)) return true;
  const label = matchHeaderLabel(line);
  return label?.field === "date" && findDanishDate(label.value) !== null;
}

/**
 * True when the items read as more than one meeting, not as one meeting with a number written
 * twice: the numbering starts over (the first two numbers come again, in order), or a second
 * table of contents or meeting date follows an item with content (a journal number or a
 * heading), so it is not the first meeting's own front matter.
 */
export function holdsSeveralMeetings(lines: readonly string[], starts: readonly ItemStart[]) {
  const [first, second] = starts;
  if (!first || !second) return false;
  const restarts =
    second.number !== first.number &&
    starts.some(
      (start, i) =>
        i > 0 && start.number === first.number && starts[i + 1]?.number === second.number,
    );
  if (restarts) return true;
  const last = starts.at(-1) as ItemStart;
  const front = lines.findIndex(
    (line, i) => i > first.line && i < last.line && isFrontMatter(line),
  );
  if (front < 0) return false;
  const isContent = (line: string) =>
    journalNumberFromLine(line) !== null || matchHeading(line) !== null;
  return lines.slice(first.line + 1, front).some(isContent);
}
