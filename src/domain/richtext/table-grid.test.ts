import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PmNode } from "./doc.ts";
import { tableGrid } from "./table-grid.ts";

const cell = (colspan = 1, rowspan = 1): PmNode => ({
  type: "tableCell",
  attrs: { colspan, rowspan },
  content: [{ type: "paragraph" }],
});
const table = (rows: PmNode[][]): PmNode => ({
  type: "table",
  content: rows.map((content) => ({ type: "tableRow", content })),
});

describe("tableGrid", () => {
  it("keeps the cells after a merged cell in their columns", () => {
    // Etape 1 over three rows, then a total over three columns.
    const grid = tableGrid(
      table([
        [cell(), cell(), cell(), cell()],
        [cell(1, 3), cell(), cell(), cell()],
        [cell(), cell(), cell()],
        [cell(), cell(), cell()],
        [cell(3), cell()],
      ]),
    );
    expect(grid.columns).toBe(4);
    expect(grid.rows.map((r) => r.free)).toEqual([0, 0, 0, 0, 0]);
  });

  it("fills every row to the table's width, and cuts spans at the last row", () => {
    const rowsArb = fc.array(
      fc.array(
        fc.record({ c: fc.integer({ min: 1, max: 4 }), r: fc.integer({ min: 1, max: 4 }) }),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (spec, headed) => {
        const grid = tableGrid(
          table(spec.map((row) => row.map((x) => cell(x.c, x.r)))),
          headed ? 1 : 0,
        );
        // Every place of the grid is covered by exactly one cell or counted free: a colspan
        // into a column merged from above is cut, so no two cells overlap.
        const area = grid.rows.reduce(
          (sum, row) => sum + row.free + row.cells.reduce((s, c) => s + c.colspan * c.rowspan, 0),
          0,
        );
        expect(area).toBe(grid.columns * spec.length);
        grid.rows.forEach((row, r) => {
          expect(row.free).toBeGreaterThanOrEqual(0);
          for (const c of row.cells) {
            expect(r + c.rowspan).toBeLessThanOrEqual(headed && r === 0 ? 1 : spec.length);
          }
        });
      }),
    );
  });

  it("is the plain width of the widest row when nothing is merged", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 6 }), (w) => {
        const grid = tableGrid(table(w.map((n) => Array.from({ length: n }, () => cell()))));
        expect(grid.columns).toBe(Math.max(...w));
        expect(grid.rows.map((r) => r.free)).toEqual(w.map((n) => Math.max(...w) - n));
      }),
    );
  });
});
