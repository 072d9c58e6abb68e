import { describe, expect, it } from "vitest";
import {
  docxToHtml,
  extraItem,
  textsOf,
  UNICODE_TEXT,
} from "../../../test/fixtures/render/docx-document.ts";
import type { MeetingDocument } from "../../domain/document/document.ts";
import { type PmNode, paragraph } from "../../domain/richtext/doc.ts";
import { renderDocx } from "./render-docx.ts";

const base: MeetingDocument = {
  variant: "internal",
  kind: "minutes",
  title: `Referat: Udvalget for ${UNICODE_TEXT} 1. januar 2025`,
  organisationName: "Eksempel Kommune",
  committeeName: `Udvalget for ${UNICODE_TEXT}`,
  facts: [{ label: "Mødested", value: `Rådhuset ${UNICODE_TEXT}` }],
  items: [],
};

const longDoc = (paragraphs: number) => ({
  type: "doc" as const,
  content: Array.from({ length: paragraphs }, (_, i) =>
    paragraph(`Afsnit ${i + 1} ${UNICODE_TEXT}`),
  ),
});

function nested(depth: number, wrap: (inner: PmNode, level: number) => PmNode): PmNode {
  let node = paragraph("Inderst");
  for (let level = depth; level > 0; level--) node = wrap(node, level);
  return node;
}

describe("a Word document from awkward input", () => {
  it("renders a section of 5 000 paragraphs to the last one, with characters outside Latin-1", async () => {
    const doc = { ...base, items: [extraItem(1, longDoc(5000))] };
    const html = await docxToHtml(await renderDocx(doc));
    expect(textsOf(html, "h1")).toEqual([base.title]);
    expect(textsOf(html, "h2")).toEqual([extraItem(1).heading]);
    const paragraphs = textsOf(html, "p");
    expect(paragraphs).toContain(`Mødested\tRådhuset ${UNICODE_TEXT}`);
    expect(paragraphs.at(-1)).toBe(`Afsnit 5000 ${UNICODE_TEXT}`);
  }, 60_000);

  it("renders 2 000 items, each a heading of its own", async () => {
    const items = Array.from({ length: 2000 }, (_, i) => extraItem(i + 1, longDoc(2)));
    const html = await docxToHtml(await renderDocx({ ...base, items }));
    expect(textsOf(html, "h2")).toEqual(items.map((i) => i.heading));
  }, 60_000);

  it("renders lists nested 3 000 deep and tables nested 20 deep without losing the text", async () => {
    const list = nested(3000, (inner, level) => ({
      type: level % 2 ? "bulletList" : "orderedList",
      content: [{ type: "listItem", content: [paragraph(`Niveau ${level}`), inner] }],
    }));
    const table = nested(20, (inner) => ({
      type: "table",
      content: [{ type: "tableRow", content: [{ type: "tableHeader", content: [inner] }] }],
    }));
    const doc = { ...base, items: [extraItem(1, { type: "doc", content: [list, table] })] };
    const html = await docxToHtml(await renderDocx(doc));
    expect(html).toContain("Niveau 3000");
    expect(html.split("Inderst")).toHaveLength(3);
  }, 60_000);

  it("drops control characters and broken surrogates instead of writing a file Word refuses", async () => {
    const broken = `Før\u0000\u0007 efter \uD83D alene ${UNICODE_TEXT}`;
    const doc = { ...base, items: [extraItem(1, { type: "doc", content: [paragraph(broken)] })] };
    const html = await docxToHtml(await renderDocx(doc));
    expect(textsOf(html, "p")).toContain(`Før efter \uFFFD alene ${UNICODE_TEXT}`);
  });

  it("renders odd rich text: unknown nodes, empty tables, a list start of -1, a heading level of 99", async () => {
    const content: PmNode[] = [
      { type: "mystery", content: [paragraph("Inde i ukendt")] },
      { type: "table", content: [] },
      {
        type: "orderedList",
        attrs: { start: -1 },
        content: [{ type: "listItem", content: [paragraph("Et")] }],
      },
      { type: "heading", attrs: { level: 99 }, content: [{ type: "text", text: "Dybt" }] },
      { type: "paragraph" },
    ];
    const doc = { ...base, items: [extraItem(1, { type: "doc", content })] };
    const html = await docxToHtml(await renderDocx(doc));
    expect(html).toContain("Inde i ukendt");
    expect(textsOf(html, "ol")).toEqual(["Et"]);
    // The field's only heading is its first level, Heading 4, whatever level it claims.
    expect(textsOf(html, "h4")).toEqual(["Dybt"]);
  });
});
