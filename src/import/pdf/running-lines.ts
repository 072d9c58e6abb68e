import type { PdfLine } from "./lines.ts";
import { isStructuralLine } from "./structure.ts";

const PAGE_NUMBER = /^(?:side\s+)?\d{1,4}(?:\s*(?:af|\/|of)\s*\d{1,4})?$|^-\s?\d{1,4}\s?-$/i;
const LAYERS = 2;

function key(line: PdfLine): string {
  return line.text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
}

function removable(line: PdfLine | undefined, repeated: Set<string>): boolean {
  if (!line || isStructuralLine(line.text)) return false;
  return PAGE_NUMBER.test(line.text.trim()) || repeated.has(key(line));
}

function repeatedKeys(candidates: (PdfLine | undefined)[], pageCount: number): Set<string> {
  const counts = new Map<string, number>();
  for (const line of candidates) {
    if (line) counts.set(key(line), (counts.get(key(line)) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pageCount / 2));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([text]) => text));
}

/**
 * Drops running headers and footers: lines at the top or bottom of pages that repeat on at
 * least half of the pages (digits ignored), and page numbers such as "Side 3 af 12".
 */
export function removeRunningLines(pages: readonly PdfLine[][]): PdfLine[][] {
  const result = pages.map((lines) => [...lines]);
  for (let layer = 0; layer < LAYERS; layer++) {
    const tops = repeatedKeys(
      result.map((lines) => lines[0]),
      result.length,
    );
    const bottoms = repeatedKeys(
      result.map((lines) => lines.at(-1)),
      result.length,
    );
    for (const lines of result) {
      if (removable(lines[0], tops)) lines.shift();
      if (removable(lines.at(-1), bottoms)) lines.pop();
    }
  }
  return result;
}
