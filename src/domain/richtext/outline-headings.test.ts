import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PmNode } from "./doc.ts";
import { outlineHeadings } from "./outline-headings.ts";

const h = (level: unknown, text = `Overskrift ${String(level)}`): PmNode => ({
  type: "heading",
  attrs: { level },
  content: text ? [{ type: "text", text }] : [],
});
const levelsOf = (nodes: PmNode[]): number[] => {
  const out: number[] = [];
  const stack = [...nodes].reverse();
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "heading") out.push(Number(n.attrs?.level));
    stack.push(...[...(n.content ?? [])].reverse());
  }
  return out;
};
const outline = (...content: PmNode[]) => levelsOf(outlineHeadings({ content }).content);

describe("outlineHeadings", () => {
  it("makes a field with only »Underoverskrift« start at the first level", () => {
    expect(outline(h(2), h(2))).toEqual([1, 1]);
  });

  it("closes up skipped levels and keeps the shape of the outline", () => {
    expect(outline(h(1), h(3), h(5), h(3), h(2), h(6), h(1))).toEqual([1, 2, 3, 2, 2, 3, 1]);
  });

  it("reads headings inside lists, quotes and tables in document order", () => {
    const list: PmNode = {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph" }, h(4)] }],
    };
    const quote: PmNode = { type: "blockquote", content: [h(6)] };
    expect(outline(h(2), list, quote)).toEqual([1, 2, 3]);
  });

  it("turns a heading without text into a paragraph and leaves the input as it was", () => {
    const input = {
      content: [
        h(1, ""),
        h(2, " \u200b\u00ad "),
        { type: "heading", content: [{ type: "hardBreak" }] },
        // A noncharacter, private use, a control character and a mark with no letter: Typst
        // drops them, and the PDF/UA check then refuses an empty heading title.
        h(1, "\uffff"),
        h(1, "\ue000\u0007\u0301"),
      ],
    };
    const before = JSON.stringify(input);
    const out = outlineHeadings(input).content;
    expect(out.map((n) => n.type)).toEqual(Array(5).fill("paragraph"));
    expect(JSON.stringify(input)).toBe(before);
  });

  it("reads unreadable levels as 1", () => {
    expect(outline(h("x"), h(-3), h(Number.NaN), h("2"))).toEqual([1, 1, 1, 2]);
  });

  it("never skips a level and always starts at 1, whatever the levels", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 30 }), (levels) => {
        const out = outline(...levels.map((l) => h(l)));
        expect(out).toHaveLength(levels.length);
        out.forEach((level, i) => {
          expect(level).toBeGreaterThanOrEqual(1);
          expect(level).toBeLessThanOrEqual(i === 0 ? 1 : (out[i - 1] ?? 0) + 1);
        });
      }),
    );
  });
});
