import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readByOpening } from "./agenda-read-rule.ts";

const time = fc.integer({ min: 0, max: 1000 }).map((n) => new Date(1_800_000_000_000 + n * 1000));
const items = fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 50 }), updatedAt: time }), {
  selector: (i) => i.id,
  minLength: 1,
  maxLength: 8,
});

describe("readByOpening", () => {
  it("is false while any item is unopened or opened before its last change", () => {
    fc.assert(
      fc.property(items, fc.nat(), fc.option(time), (list, pick, readAt) => {
        const skipped = list[pick % list.length];
        const openings = new Map(
          list
            .filter((i) => i !== skipped)
            .map((i) => [i.id, new Date(i.updatedAt.getTime() + 1)] as const),
        );
        if (skipped && pick % 2 === 0) {
          openings.set(skipped.id, new Date(skipped.updatedAt.getTime() - 1));
        }
        expect(readByOpening(list, openings, readAt)).toBe(false);
      }),
    );
  });

  it("is true when all are opened after their change and something was unread", () => {
    fc.assert(
      fc.property(items, fc.option(time), (list, readAt) => {
        const openings = new Map(list.map((i) => [i.id, i.updatedAt] as const));
        const unread = readAt === null || list.some((i) => i.updatedAt > readAt);
        expect(readByOpening(list, openings, readAt)).toBe(unread);
      }),
    );
  });

  it("an agenda without items is never read by opening", () => {
    expect(readByOpening([], new Map(), null)).toBe(false);
  });
});
