import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byReadingOrder } from "./reading-order.ts";

const unit = fc.double({ min: 0, max: 0.95, noNaN: true });
const rect = fc.record({ x: unit, y: unit, w: fc.constant(0.05), h: fc.constant(0.02) });
const marking = fc.record({
  id: fc.uuid(),
  page: fc.integer({ min: 1, max: 4 }),
  rects: fc.array(rect, { minLength: 1, maxLength: 4 }),
});

describe("markings in reading order", () => {
  it("lists by page, then from the top, whatever order they were made in", () => {
    fc.assert(
      fc.property(fc.array(marking, { maxLength: 30 }), (markings) => {
        const sorted = [...markings].sort(byReadingOrder);
        const tops = sorted.map((m) => Math.min(...m.rects.map((r) => r.y)));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1], sorted[i]];
          if (!a || !b) continue;
          expect(a.page).toBeLessThanOrEqual(b.page);
          if (a.page === b.page) expect(tops[i - 1]).toBeLessThanOrEqual(tops[i] ?? 0);
        }
      }),
    );
  });

  it("puts a marking taken back where it was, not at the end", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(marking, { minLength: 1, maxLength: 20, selector: (m) => m.id }),
        fc.nat(),
        (markings, pick) => {
          const listed = [...markings].sort(byReadingOrder);
          const gone = listed[pick % listed.length];
          if (!gone) return;
          // Taken back: it comes last from the server (newest), with the same place.
          const back = [...listed.filter((m) => m !== gone), { ...gone }].sort(byReadingOrder);
          const same = (m: { page: number; rects: unknown }) =>
            m.page === gone.page && JSON.stringify(m.rects) === JSON.stringify(gone.rects);
          expect(back.findIndex(same)).toBe(listed.findIndex(same));
        },
      ),
    );
  });
});
