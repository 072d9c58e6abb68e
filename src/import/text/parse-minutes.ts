import { importMessages } from "../../i18n/da/import.ts";
import { ImportError, type ParsedItem, type ParsedMinutes } from "../model.ts";
import { parseHeader } from "./header.ts";
import { findItemStarts, type ItemStart } from "./item-starts.ts";
import { parseItem } from "./items.ts";
import { toLines } from "./normalize.ts";
import { holdsSeveralMeetings, repeatedNumbers } from "./several-meetings.ts";
import { compareToc, isTocHeading, parseToc } from "./toc.ts";

const messages = importMessages.itemWarnings;

function sequenceWarnings(items: ParsedItem[]): void {
  const seen = new Set<number>();
  let expected = 1;
  for (const item of items) {
    if (seen.has(item.number)) item.warnings.push(messages.duplicateNumber(item.number));
    else if (item.number !== expected) {
      item.warnings.push(messages.outOfSequence(item.number, expected));
    }
    seen.add(item.number);
    expected = item.number + 1;
  }
}

function splitFrontMatter(lines: readonly string[]): { header: string[]; toc: string[] } {
  const tocStart = lines.findIndex(isTocHeading);
  if (tocStart < 0) return { header: [...lines], toc: [] };
  return { header: lines.slice(0, tocStart), toc: lines.slice(tocStart + 1) };
}

/**
 * Parses the text of a legacy minutes (or agenda) document: header, table of contents and
 * "Punkt N:" items with their sections. Throws ImportError when there are no items, no
 * meeting date, or the file holds several meetings (item numbers repeated as a new meeting).
 */
export function parseMinutesText(text: string, fileName: string): ParsedMinutes {
  const lines = toLines(text);
  const starts: ItemStart[] = findItemStarts(lines);
  const first = starts[0];
  if (!first) throw new ImportError(fileName, importMessages.errors.noItems);
  const repeated = repeatedNumbers(starts);
  if (repeated.length > 0 && holdsSeveralMeetings(lines, starts)) {
    throw new ImportError(fileName, importMessages.errors.severalMeetings(repeated));
  }

  const { header: headerLines, toc: tocLines } = splitFrontMatter(lines.slice(0, first.line));
  const header = parseHeader(headerLines);
  if (!header.date) throw new ImportError(fileName, importMessages.errors.noDate);

  const items = starts.map((start, i) => {
    const end = starts[i + 1]?.line ?? lines.length;
    return parseItem(start, lines.slice(start.line + 1, end), {
      expectDecision: !header.isAgenda,
    });
  });
  sequenceWarnings(items);

  const toc = compareToc(
    parseToc(tocLines),
    items.map((item) => item.title),
  );
  toc.itemWarnings.forEach((warnings, index) => {
    items[index]?.warnings.push(...warnings);
  });

  return {
    meeting: {
      committee: header.committee,
      date: header.date,
      startTime: header.startTime,
      location: header.location,
      participants: header.participants,
      absent: header.absent,
    },
    items,
    warnings: [...header.warnings, ...toc.documentWarnings],
  };
}
