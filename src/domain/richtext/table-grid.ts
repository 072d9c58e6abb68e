import type { PmNode } from "./doc.ts";

/** The widest span a stored cell may have (sanitize-nodes keeps 1 to this). */
export const MAX_SPAN = 50;

/** A cell's colspan or rowspan as a whole number from 1 to MAX_SPAN. */
export function cellSpan(value: unknown): number {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

export const isCell = (n: PmNode) => n.type === "tableCell" || n.type === "tableHeader";

export interface GridCell {
  node: PmNode;
  colspan: number;
  /** Cut at the table's last row (a header row's cells at their own row). */
  rowspan: number;
}

export interface GridRow {
  cells: GridCell[];
  /** Places of this row no cell covers: where a renderer that fills rows adds empty cells. */
  free: number;
}

/**
 * A table laid out as HTML lays it out: each cell in the row's next place not covered by a
 * cell from a row above, over `colspan` places (fewer where a cell from above is in the way)
 * and `rowspan` rows. Gives the number of columns
 * (the widest row) and, per row, how many places stay empty, so every renderer draws the same
 * grid: a cell merged over three rows keeps the amounts below it in their columns.
 */
export function tableGrid(table: PmNode, headerRows = 0): { columns: number; rows: GridRow[] } {
  const rows = (table.content ?? []).map((r) => (r.content ?? []).filter(isCell));
  /** Per column: how many more rows a cell from above covers it. */
  const covered: number[] = [];
  const laid: { cells: GridCell[]; used: number }[] = [];
  let columns = 1;
  rows.forEach((cells, r) => {
    const last = r < headerRows ? headerRows : rows.length;
    let col = 0;
    const grid: GridCell[] = cells.map((node) => {
      while ((covered[col] ?? 0) > 0) col++;
      // Cut where a cell from above comes in the way: HTML would draw both over each other.
      let colspan = 1;
      while (colspan < cellSpan(node.attrs?.colspan) && !((covered[col + colspan] ?? 0) > 0)) {
        colspan++;
      }
      const rowspan = Math.min(cellSpan(node.attrs?.rowspan), last - r);
      for (let c = col; c < col + colspan; c++) covered[c] = Math.max(covered[c] ?? 0, rowspan);
      col += colspan;
      return { node, colspan, rowspan };
    });
    const used = covered.filter((n) => n > 0).length;
    columns = Math.max(columns, covered.length);
    laid.push({ cells: grid, used });
    for (let c = 0; c < covered.length; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
  });
  return { columns, rows: laid.map((row) => ({ cells: row.cells, free: columns - row.used })) };
}
