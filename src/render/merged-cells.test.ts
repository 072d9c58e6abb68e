import { describe, expect, it } from "vitest";
import { documentOf } from "../../test/fixtures/render/field-document.ts";
import { hasPoppler, pdfWords } from "../../test/poppler.ts";
import type { PmNode } from "../domain/richtext/doc.ts";
import { renderHtml } from "./html/render-html.tsx";
import { renderPdf } from "./pdf/render-pdf.ts";

/**
 * A table pasted from Word with a cell merged over three rows and a total merged over three
 * columns: every amount must stay under »Pris« in the PDF, as in the editor and the Word file.
 */
const text = (t: string) => [{ type: "paragraph", content: [{ type: "text", text: t }] }];
const cell = (t: string, attrs?: { colspan?: number; rowspan?: number }): PmNode => ({
  type: "tableCell",
  ...(attrs ? { attrs } : {}),
  content: text(t),
});
const header = (t: string): PmNode => ({ type: "tableHeader", content: text(t) });
const row = (...content: PmNode[]): PmNode => ({ type: "tableRow", content });

const TABLE: PmNode = {
  type: "table",
  content: [
    row(header("Etape"), header("Strækning"), header("Længde"), header("Pris")),
    row(cell("Etape 1", { rowspan: 3 }), cell("Søskolen 1"), cell("120 m"), cell("0,30")),
    row(cell("Søskolen 2"), cell("274 m"), cell("0,70")),
    row(cell("Havnevej"), cell("300 m"), cell("1,00")),
    row(cell("I alt etape 1", { colspan: 3 }), cell("2,00")),
  ],
};

const doc = documentOf([TABLE]);

describe("merged table cells", () => {
  it("keep their spans in the HTML", async () => {
    const html = await renderHtml(doc);
    expect(html).toMatch(/<td rowspan="3">\s*<p>Etape 1<\/p>/);
    expect(html).toMatch(/<td colspan="3">\s*<p>I alt etape 1<\/p>/);
  });

  it.skipIf(!hasPoppler())("keep every amount under »Pris« in the PDF", async () => {
    const words = await pdfWords(renderPdf(doc));
    const x = (t: string) => words.find((w) => w.text === t)?.x ?? Number.NaN;
    const column = x("0,30");
    expect(column).toBeGreaterThan(x("120"));
    for (const amount of ["0,70", "1,00", "2,00"]) expect(x(amount), amount).toBeCloseTo(column, 0);
    // »Søskolen 2« stands under »Søskolen 1«, not under »Etape 1«.
    expect(x("Havnevej")).toBeCloseTo(x("Søskolen"), 0);
  });
});
