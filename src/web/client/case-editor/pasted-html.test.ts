import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tidyPastedHtml } from "./pasted-html.ts";

const word = fc.stringMatching(/^[a-zæøå0-9 ,.]{1,12}$/);
const style = fc.constantFrom(
  ' style="mso-bidi-font-weight:normal;color:red"',
  " style='margin:0cm'",
  " STYLE=font-size:11pt",
  "",
);
/** A block of pasted HTML: a heading at any level, or a paragraph, with or without styles. */
const block = fc.oneof(
  fc.record({ level: fc.integer({ min: 1, max: 6 }), style, text: word }),
  fc.record({ level: fc.constant(0), style, text: word }),
);
const html = (blocks: { level: number; style: string; text: string }[]) =>
  blocks
    .map(({ level, style, text }) =>
      level === 0
        ? `<p class="MsoNormal"${style}>${text}</p>`
        : `<h${level}${style}>${text}</h${level}>`,
    )
    .join("\n");
const headingTags = (s: string) => [...s.matchAll(/<h(\d)[\s>]/g)].map((m) => Number(m[1]));
const textOf = (s: string) => s.replace(/<[^>]*>/g, "");

describe("pasted HTML", () => {
  it("keeps headings in order: the highest level pasted is »Overskrift«, lower ones below it", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
        const tidy = tidyPastedHtml(html(blocks));
        const levels = blocks.filter((b) => b.level > 0).map((b) => b.level);
        const top = Math.min(...levels);
        expect(headingTags(tidy)).toEqual(levels.map((l) => (l === top ? 1 : 4)));
        expect(textOf(tidy)).toBe(textOf(html(blocks)));
        expect(tidy).not.toMatch(/style/i);
      }),
    );
  });

  it("drops Word's style element and keeps the rest as it was", () => {
    const pasted =
      '<html><head><style>p.MsoNormal{margin:0}</style></head><body><h4 class="x">Baggrund</h4>' +
      "<p>Tekst med <b>fed</b> skrift.</p><h5>Hovedpunkter</h5></body></html>";
    expect(tidyPastedHtml(pasted)).toBe(
      '<html><head></head><body><h1 class="x">Baggrund</h1>' +
        "<p>Tekst med <b>fed</b> skrift.</p><h4>Hovedpunkter</h4></body></html>",
    );
  });
});
