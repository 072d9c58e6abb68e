import { importMessages } from "../../i18n/da/import.ts";
import { splitTitleTiming } from "../time-slot.ts";

export interface TocEntry {
  title: string;
  page: number | null;
}

export interface TocComparison {
  documentWarnings: string[];
  /** Warnings per item, by the item's index in document order. */
  itemWarnings: Map<number, string[]>;
}

const TOC_HEADINGS = new Set(["indholdsfortegnelse", "indhold", "indholdsoversigt"]);
const ITEM_PREFIX = /^punkt\s{1,3}\d{1,3}\s{0,3}[:.–-]\s*/i;

/** True for the line that opens the table of contents. */
export function isTocHeading(line: string): boolean {
  return TOC_HEADINGS.has(line.trim().replace(/:$/, "").toLowerCase());
}

function stripTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "." || text[end - 1] === " " || text[end - 1] === "\t")) {
    end--;
  }
  return text.slice(0, end);
}

/** Splits "Title.....<tab>page": the page counts only after a tab, a dot leader or 2+ spaces. */
function splitPage(line: string): { title: string; page: number | null; leader: boolean } {
  const text = line.trimEnd();
  let digits = text.length;
  while (digits > 0 && /\d/.test(text.charAt(digits - 1))) digits--;
  const before = text.slice(0, digits);
  const pageSeparated =
    digits < text.length &&
    (before.endsWith("\t") || before.endsWith("  ") || before.trimEnd().endsWith(".."));
  const body = pageSeparated ? before : text;
  const leader = body.trimEnd().endsWith("..");
  return { title: body, page: pageSeparated ? Number(text.slice(digits)) : null, leader };
}

/** True when a line has the shape of a TOC entry (dot leader or tab before a page number). */
export function looksLikeTocEntry(line: string): boolean {
  const { page, leader } = splitPage(line);
  return leader || (page !== null && line.includes("\t"));
}

/**
 * Reads the entries of a table of contents, one per line; a line with neither a dot leader
 * nor a page number is the first part of a title that wrapped onto the next line, unless
 * the next line starts a new "Punkt N:" entry.
 */
export function parseToc(lines: readonly string[]): TocEntry[] {
  const entries: TocEntry[] = [];
  let pending = "";
  for (const line of lines) {
    if (line.trim() === "") continue;
    if (pending !== "" && ITEM_PREFIX.test(line.trim())) {
      entries.push({ title: pending, page: null });
      pending = "";
    }
    const { title, page, leader } = splitPage(line);
    const text = `${pending} ${stripTrailingDots(title).trim()}`.trim();
    pending = "";
    if (page === null && !leader) pending = text;
    else entries.push({ title: text, page });
  }
  if (pending !== "") entries.push({ title: pending, page: null });
  return entries;
}

function comparable(title: string): string {
  const cleaned = splitTitleTiming(stripTrailingDots(title.replace(ITEM_PREFIX, ""))).title;
  return stripTrailingDots(cleaned).replace(/\s+/g, " ").trim();
}

/** Compares TOC titles with the items' titles in order. */
export function compareToc(entries: readonly TocEntry[], titles: readonly string[]): TocComparison {
  const messages = importMessages;
  const result: TocComparison = { documentWarnings: [], itemWarnings: new Map() };
  const tocTitles = entries.map((entry) => comparable(entry.title));
  const bodyTitles = titles.map(comparable);
  if (entries.length === 0) return result;
  if (tocTitles.length !== bodyTitles.length) {
    result.documentWarnings.push(
      messages.documentWarnings.tocCountMismatch(tocTitles.length, bodyTitles.length),
    );
    const bodySet = new Set(bodyTitles);
    const tocSet = new Set(tocTitles);
    entries.forEach((entry, i) => {
      if (!bodySet.has(tocTitles[i] ?? "")) {
        result.documentWarnings.push(messages.documentWarnings.tocEntryWithoutItem(entry.title));
      }
    });
    bodyTitles.forEach((body, i) => {
      if (!tocSet.has(body)) {
        result.itemWarnings.set(i, [messages.itemWarnings.notInToc]);
      }
    });
    return result;
  }
  tocTitles.forEach((toc, i) => {
    const body = bodyTitles[i] ?? "";
    if (toc === body || toc.replace(/ \d{1,3}$/, "") === body) return;
    const warning =
      toc.length > 0 && body.startsWith(toc)
        ? messages.itemWarnings.tocTitleTruncated(entries[i]?.title ?? toc)
        : messages.itemWarnings.tocTitleDiffers(entries[i]?.title ?? toc, titles[i] ?? body);
    result.itemWarnings.set(i, [warning]);
  });
  return result;
}
