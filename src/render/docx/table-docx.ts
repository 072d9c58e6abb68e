import { Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import type { PmNode } from "../../domain/richtext/doc.ts";
import { cellSpan, isCell } from "../../domain/richtext/table-grid.ts";
import type { Block } from "./rich-text-docx.ts";

/** A cell's span as Word takes it: undefined for one. */
function span(value: unknown): number | undefined {
  const n = cellSpan(value);
  return n > 1 ? n : undefined;
}

/** The width of the text on the page, in twips (A4 less 2.54 cm margins, render-docx.ts). */
const TEXT_WIDTH = 11906 - 2 * 1440;
/** About one character of body text in twips, bold and in a wider stand-in for Calibri. */
const CHAR = 140;
/** A cell's own margins, left and right, in twips: a column's floor is its longest word and these. */
const CELL_MARGINS = 240;
/** Beyond this many characters a cell's text wraps anyway and asks for no more width. */
const WRAP_AT = 30;

const textOf = (node: PmNode): string =>
  node.type === "text" ? (node.text ?? "") : (node.content ?? []).map(textOf).join(" ");

/**
 * Column widths after the content, as a browser lays out a table: each column as wide as its
 * longest word at least, the rest shared by how much text its cells hold (up to WRAP_AT
 * characters a cell). Without them Word and LibreOffice give every column the same width, and
 * a narrow column breaks its words (»Skole nr. 1« / »0«). Cells spanning columns are left out.
 */
function columnWidths(rows: PmNode[][]): number[] {
  const count = Math.max(...rows.map((r) => r.reduce((n, c) => n + cellSpan(c.attrs?.colspan), 0)));
  const word = new Array<number>(count).fill(1);
  const want = new Array<number>(count).fill(1);
  for (const cells of rows) {
    let column = 0;
    for (const cell of cells) {
      const spanned = cellSpan(cell.attrs?.colspan);
      if (spanned === 1 && column < count) {
        const text = textOf(cell).trim();
        const longest = Math.max(0, ...text.split(/\s+/).map((w) => w.length));
        word[column] = Math.max(word[column] ?? 1, longest);
        want[column] = Math.max(want[column] ?? 1, Math.min(text.length, WRAP_AT), longest);
      }
      column += spanned;
    }
  }
  const floor = word.map((w) => w * CHAR + CELL_MARGINS);
  const spare = Math.max(0, TEXT_WIDTH - floor.reduce((a, b) => a + b, 0));
  const extra = want.map((w, i) => Math.max(0, w - (word[i] ?? 0)));
  const total = extra.reduce((a, b) => a + b, 0);
  const widths = floor.map(
    (f, i) => f + (total > 0 ? (spare * (extra[i] ?? 0)) / total : spare / count),
  );
  // Words longer than the page allows: scaled down to the page, in proportion.
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.max(1, Math.round((w * TEXT_WIDTH) / Math.max(sum, TEXT_WIDTH))));
}

/**
 * A PM table as a Word table with visible borders. Its leading rows of header cells are marked
 * as header rows, so Word repeats them on each page and readers (and mammoth) see <th>.
 * Null for a table without cells, which Word could not open.
 */
export function tableOf(
  node: PmNode,
  cellBlocks: (content: PmNode[] | undefined, header: boolean) => Block[],
): Table | null {
  let inHeader = true;
  const rows: TableRow[] = [];
  const grid: PmNode[][] = [];
  for (const row of node.content ?? []) {
    const cells = (row.content ?? []).filter(isCell);
    if (row.type !== "tableRow" || cells.length === 0) continue;
    grid.push(cells);
    const header: boolean = inHeader && cells.every((c) => c.type === "tableHeader");
    inHeader = header;
    rows.push(
      new TableRow({
        tableHeader: header || undefined,
        // A row stays on one page, as in the PDF.
        cantSplit: true,
        children: cells.map((cell) => {
          const blocks = cellBlocks(cell.content, cell.type === "tableHeader");
          // A Word cell must end with a paragraph.
          if (!(blocks.at(-1) instanceof Paragraph)) blocks.push(new Paragraph({}));
          return new TableCell({
            children: blocks,
            columnSpan: span(cell.attrs?.colspan),
            rowSpan: span(cell.attrs?.rowspan),
          });
        }),
      }),
    );
  }
  if (rows.length === 0) return null;
  const widths = columnWidths(grid);
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  });
}
