import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { documentOf } from "../../test/fixtures/render/field-document.ts";
import { hasPoppler, pdfHeadings, pdfInfo } from "../../test/poppler.ts";
import type { PmNode } from "../domain/richtext/doc.ts";
import { sanitizeDoc } from "../domain/richtext/sanitize-doc.ts";
import { renderDocx } from "./docx/render-docx.ts";
import { renderHtml } from "./html/render-html.tsx";
import { buildAgendaPackage } from "./package/build-agenda-package.ts";
import { renderPdf } from "./pdf/render-pdf.ts";

const text = (t: string): PmNode => ({ type: "text", text: t });
const paragraph = (t: string): PmNode => ({ type: "paragraph", content: [text(t)] });

/** Stores the rich text as the case page would, then renders it every way. */
async function storeAndRender(content: unknown[]) {
  const stored = sanitizeDoc({ type: "doc", content }, "Sagsfremstilling");
  if (!stored.ok) return { refused: stored.message };
  const doc = documentOf(stored.doc.content);
  const pdf = renderPdf(doc);
  return { html: await renderHtml(doc), docx: await renderDocx(doc), pdf };
}

function nestedLists(depth: number): PmNode {
  let node = paragraph("Inderst");
  for (let level = depth; level > 0; level--) {
    node = {
      type: "bulletList",
      content: [{ type: "listItem", content: [paragraph(`Niveau ${level}`), node] }],
    };
  }
  return node;
}

describe("rich text at the limits: rendered, or refused when saved with a Danish message", () => {
  it("refuses 50 nested lists when saving, with a Danish message naming the field", async () => {
    const result = await storeAndRender([nestedLists(50)]);
    expect(result.refused).toMatch(/Sagsfremstilling/);
    expect(result.refused).toContain("for mange lister eller tabeller inden i hinanden");
  });

  it("renders the deepest nesting of lists that can be saved", async () => {
    let depth = 50;
    while (!sanitizeDoc({ type: "doc", content: [nestedLists(depth)] }, "x").ok) depth--;
    expect(depth).toBeGreaterThanOrEqual(8);
    const result = await storeAndRender([nestedLists(depth)]);
    expect(result.refused).toBeUndefined();
    expect(result.html).toContain(`Niveau ${depth}`);
  }, 120_000);

  it.skipIf(!hasPoppler())(
    "renders a heading of 5 000 characters as a heading in every format",
    async () => {
      const long = "Overskrift ".repeat(455).slice(0, 5000);
      const result = await storeAndRender([
        { type: "heading", attrs: { level: 2 }, content: [text(long)] },
        paragraph("Brødtekst."),
      ]);
      expect(result.refused).toBeUndefined();
      expect(result.html).toContain(`<h4>${long}</h4>`);
      const headings = await pdfHeadings(result.pdf as Uint8Array);
      expect(headings.map((h) => h.level)).toEqual([1, 2, 3, 4]);
    },
    120_000,
  );

  it.skipIf(!hasPoppler())(
    "renders a table of 1 × 300 columns",
    async () => {
      const cells = Array.from({ length: 300 }, (_, i) => ({
        type: "tableCell",
        content: [paragraph(`k${i + 1}`)],
      }));
      const result = await storeAndRender([
        { type: "table", content: [{ type: "tableRow", content: cells }] },
      ]);
      expect(result.refused).toBeUndefined();
      expect(result.html).toContain("k300");
      expect((await pdfInfo(result.pdf as Uint8Array)).Tagged).toBe("yes");
      expect(result.docx?.byteLength).toBeGreaterThan(0);
    },
    120_000,
  );

  it("makes the package when a bilag PDF cannot be read, and says which one was left out", async () => {
    const good = await PDFDocument.create();
    good.addPage();
    const goodBytes = await good.save();
    const agenda = renderPdf(documentOf([paragraph("Se bilag.")]));
    const broken = [
      new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF"),
      goodBytes.slice(0, goodBytes.byteLength / 2),
      new TextEncoder().encode("%PDF-1.4\n\u0000\u0001\u0002 trailer << /Root 99 0 R >>"),
    ];
    const pack = await buildAgendaPackage(agenda, [
      {
        heading: "Punkt 1: Budget 2027",
        attachments: [
          { name: "godt.pdf", title: "godt.pdf", mediaType: "application/pdf", bytes: goodBytes },
          ...broken.map((bytes, i) => ({
            name: `ødelagt-${i}.pdf`,
            title: `ødelagt-${i}.pdf`,
            mediaType: "application/pdf",
            bytes,
          })),
        ],
      },
    ]);
    const loaded = await PDFDocument.load(pack.pdf);
    expect(loaded.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(pack.notes.join(" ")).toContain("ødelagt-0.pdf");
    for (const note of pack.notes) expect(note).toMatch(/^Bilaget »ødelagt-\d\.pdf« under Punkt 1/);
  });
});

describe("the PDF of text that fonts cannot show", () => {
  it("sets a document, and then another, whose characters share their last UTF-8 bytes", () => {
    // U+2060 and U+00A0 both end in 0xA0; set one after the other, the compiler used to abort
    // the process.
    expect(renderPdf(documentOf([paragraph("a \u2060 b")])).byteLength).toBeGreaterThan(0);
    expect(renderPdf(documentOf([paragraph("a \u00a0 b")])).byteLength).toBeGreaterThan(0);
  });

  it("replaces characters no font has in the PDF instead of failing PDF/UA-1", async () => {
    const pdf = renderPdf(documentOf([paragraph("中文 🇩🇰 \ufeff\ufffe slut")]));
    expect(pdf.byteLength).toBeGreaterThan(0);
  });
});
