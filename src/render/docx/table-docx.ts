import { Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import type { PmNode } from "../../domain/richtext/doc.ts";
import { cellSpan, isCell } from "../../domain/richtext/table-grid.ts";
import type { Block } from "./rich-text-docx.ts";

/** A cell's span as Word takes it: undefined for one. */
function span(value: unknown): number | undefined {
  const n = cellSpan(value);
  return n > 1 ? n : undefined;
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
  for (const row of node.content ?? []) {
    const cells = (row.content ?? []).filter(isCell);
    if (row.type !== "tableRow" || cells.length === 0) continue;
    const header: boolean = inHeader && cells.every((c) => c.type === "tableHeader");
    inHeader = header;
    rows.push(
      new TableRow({
        tableHeader: header || undefined,
        cantSplit: header || undefined,
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
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}
