import { joinWrapped } from "../join-wrapped.ts";
import type { PdfLine } from "./lines.ts";
import { isItemLine, isListLine, isStructuralLine } from "./structure.ts";

interface Metrics {
  right: number;
  lineGap: number;
}

const UNIT_END = /[.:?!)\]»"”]$/;
const STARTS_LOWERCASE = /^\p{Ll}/u;

/**
 * The distance between lines inside a paragraph: the smallest vertical step that occurs
 * often enough (wrapped lines are common in any document with real prose).
 */
function lineStep(pages: readonly PdfLine[][]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const step = Math.round(((lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0)) * 2) / 2;
      if (step <= 0) continue;
      counts.set(step, (counts.get(step) ?? 0) + 1);
      total++;
    }
  }
  const needed = Math.max(3, total * 0.05);
  const steps = [...counts].filter(([, count]) => count >= needed).map(([step]) => step);
  const fallback = (pages.flat()[0]?.size ?? 11) * 1.2;
  return steps.length > 0 ? Math.min(...steps) : fallback;
}

/**
 * The right edge of the text column: a high percentile of the line ends, since text
 * widths in PDFs are approximate and a few lines (tables) stick out.
 */
function columnRight(pages: readonly PdfLine[][]): number {
  const rights = pages.flatMap((lines) => lines.map((line) => line.right)).sort((a, b) => a - b);
  return rights[Math.floor((rights.length - 1) * 0.95)] ?? 0;
}

function measure(pages: readonly PdfLine[][]): Metrics {
  return { right: columnRight(pages), lineGap: lineStep(pages) };
}

/** A paragraph that runs over a page break: the last line is full and the text goes on. */
function continuesOnNextPage(previous: PdfLine, next: PdfLine, metrics: Metrics): boolean {
  if (!wrapped(previous, next, metrics)) return false;
  return STARTS_LOWERCASE.test(next.text) || !UNIT_END.test(previous.text);
}

/** True when the next line's first word would not have fitted: the line wrapped. */
function wrapped(previous: PdfLine, next: PdfLine, metrics: Metrics): boolean {
  if (isListLine(next.text) || isStructuralLine(next.text)) return false;
  if (previous.text.includes("\t") || next.text.includes("\t")) return false;
  if (isStructuralLine(previous.text) && !isItemLine(previous.text)) return false;
  const charWidth = (next.right - next.x) / Math.max(next.text.length, 1);
  const firstWord = next.text.split(/\s/, 1)[0] ?? "";
  const room = metrics.right - previous.right;
  return room < charWidth * (firstWord.length + 1) * 1.2 || room < previous.size * 1.5;
}

class TextBuilder {
  private readonly out: string[] = [];
  private current = "";
  private listIndents: { x: number; level: number }[] = [];

  breakParagraph(): void {
    this.flushLine();
    if (this.out.length > 0 && this.out.at(-1) !== "") this.out.push("");
    this.listIndents = [];
  }

  join(text: string): void {
    this.current = joinWrapped(this.current, text);
  }

  start(line: PdfLine): void {
    this.flushLine();
    this.current = isListLine(line.text) ? this.indent(line) + line.text : line.text;
  }

  text(): string {
    this.flushLine();
    return this.out.join("\n").trim();
  }

  private indent(line: PdfLine): string {
    while ((this.listIndents.at(-1)?.x ?? -1) > line.x + line.size * 0.5) this.listIndents.pop();
    const last = this.listIndents.at(-1);
    if (last && Math.abs(last.x - line.x) <= line.size * 0.5) return " ".repeat(last.level);
    const level = last ? last.level + 1 : 0;
    this.listIndents.push({ x: line.x, level });
    return " ".repeat(level);
  }

  private flushLine(): void {
    if (this.current !== "") this.out.push(this.current);
    this.current = "";
  }
}

/**
 * Rebuilds text from PDF lines: wrapped lines become one paragraph, a larger vertical gap
 * starts a new paragraph ("\n\n"), list items stay one per line, and a paragraph that runs
 * over a page break is joined.
 */
export function linesToText(pages: readonly PdfLine[][]): string {
  const nonEmpty = pages.filter((lines) => lines.length > 0);
  if (nonEmpty.length === 0) return "";
  const metrics = measure(nonEmpty);
  const builder = new TextBuilder();
  let previous: PdfLine | undefined;
  for (const lines of nonEmpty) {
    lines.forEach((line, index) => {
      if (!previous) builder.start(line);
      else if (index === 0) {
        if (continuesOnNextPage(previous, line, metrics)) builder.join(line.text);
        else if (isListLine(previous.text) && isListLine(line.text)) builder.start(line);
        else {
          builder.breakParagraph();
          builder.start(line);
        }
      } else if (previous.y - line.y > metrics.lineGap * 1.35) {
        builder.breakParagraph();
        builder.start(line);
      } else if (wrapped(previous, line, metrics)) builder.join(line.text);
      else builder.start(line);
      previous = line;
    });
  }
  return builder.text();
}
