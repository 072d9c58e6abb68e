import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { storableDoc } from "../../../test/fixtures/render/arbitrary-rich-text.ts";
import { applyTextEdit } from "./apply-text-edit.ts";
import type { PmDoc, PmNode } from "./doc.ts";
import { docToText } from "./doc-to-text.ts";
import { textToDoc } from "./text-to-doc.ts";

const word = fc.constantFrom("Budget", "kr.", "3750", "afdeling", "høring", "Økonomi", "skole");
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
const run = fc.record({ text: words, bold: fc.boolean() }).map(
  ({ text, bold }): PmNode => ({
    type: "text",
    text,
    ...(bold ? { marks: [{ type: "bold" as const }] } : {}),
  }),
);
const paragraph = run.map((r): PmNode => ({ type: "paragraph", content: [r] }));
const block: fc.Arbitrary<PmNode> = fc.oneof(
  paragraph,
  fc
    .record({ level: fc.integer({ min: 1, max: 4 }), r: run })
    .map(({ level, r }): PmNode => ({ type: "heading", attrs: { level }, content: [r] })),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map(
    (items): PmNode => ({
      type: "bulletList",
      content: items.map((p) => ({ type: "listItem", content: [p] })),
    }),
  ),
);
/** Documents written in the editor: headings of any level, bold, lists. */
const edited = fc
  .array(block, { minLength: 1, maxLength: 8 })
  .map((content): PmDoc => ({ type: "doc", content }));

const textOf = (node: PmNode) => docToText({ type: "doc", content: [node] });
const CHANGED = "Rettet: beløbet er 3800 kr.";

describe("a rich text edited as plain text", () => {
  it("keeps every block the edit left alone, and puts the changed text in place", () => {
    fc.assert(
      fc.property(edited, fc.nat(), (doc, pick) => {
        const k = pick % doc.content.length;
        const texts = doc.content.map(textOf);
        texts[k] = CHANGED;
        const result = applyTextEdit(doc, texts.join("\n\n"));
        const old = doc.content[k] as PmNode;
        expect(result.content).toEqual(
          doc.content.map((node, i) =>
            i !== k
              ? node
              : old.type === "heading"
                ? { ...old, content: [{ type: "text", text: CHANGED }] }
                : textToDoc(CHANGED).content[0],
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("says what the text says, whatever the document and the edit", () => {
    fc.assert(
      fc.property(storableDoc, fc.string({ maxLength: 80 }), (doc, typed) => {
        const text = `${docToText(doc)}\n\n${typed}`;
        expect(docToText(applyTextEdit(doc, text)).replace(/\s+/g, " ").trim()).toBe(
          docToText(textToDoc(text)).replace(/\s+/g, " ").trim(),
        );
      }),
      { numRuns: 200 },
    );
  });
});
