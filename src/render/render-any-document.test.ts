import fc from "fast-check";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { meetingDocument, storableDoc } from "../../test/fixtures/render/arbitrary-rich-text.ts";
import {
  hasPoppler,
  pdfHeadings,
  pdfInfo,
  pdfMetadata,
  skippedHeadingLevels,
} from "../../test/poppler.ts";
import { outlineHeadings } from "../domain/richtext/outline-headings.ts";
import { renderDocx } from "./docx/render-docx.ts";
import { renderHtml } from "./html/render-html.tsx";
import { buildAgendaPackage } from "./package/build-agenda-package.ts";
import { renderPdf } from "./pdf/render-pdf.ts";

/** Bounded for `npm test`; FUZZ_RUNS=2000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
/** Every how many documents the PDF is read back with poppler (slow). */
const SAMPLE = 4;
const poppler = hasPoppler();

/** h1-h6 in the order of the markup. */
const htmlHeadingLevels = (html: string) =>
  [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

async function attachmentPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  return pdf.save();
}

describe("every document that can be stored renders in every format", () => {
  it("keeps the headings of any stored field in an outline that never skips a level", () => {
    fc.assert(
      fc.property(storableDoc, (doc) => {
        const levels: number[] = [];
        const stack = [...outlineHeadings(doc).content].reverse();
        for (let n = stack.pop(); n; n = stack.pop()) {
          if (n.type === "heading") levels.push(Number(n.attrs?.level));
          stack.push(...[...(n.content ?? [])].reverse());
        }
        expect(skippedHeadingLevels(levels)).toEqual([]);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it("HTML, DOCX, PDF (tagged PDF/UA-1) and the package with bilag: none throws", async () => {
    const bilag = await attachmentPdf();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(meetingDocument, async (doc) => {
        const html = await renderHtml(doc);
        expect(skippedHeadingLevels(htmlHeadingLevels(html))).toEqual([]);
        expect((await renderDocx(doc)).byteLength).toBeGreaterThan(0);
        const pdf = renderPdf(doc);
        const items = doc.items.map((item) => ({
          heading: item.heading,
          attachments: [
            { name: "bilag.pdf", title: "bilag.pdf", mediaType: "application/pdf", bytes: bilag },
            {
              name: "ødelagt.pdf",
              title: "ødelagt.pdf",
              mediaType: "application/pdf",
              bytes: bilag.slice(0, 40),
            },
          ],
        }));
        const pack = await buildAgendaPackage(pdf, items, {});
        expect(pack.notes).toHaveLength(doc.items.length);
        if (poppler && run++ % SAMPLE === 0) {
          const info = await pdfInfo(pdf);
          expect(info.Tagged).toBe("yes");
          expect(await pdfMetadata(pdf)).toContain("<pdfuaid:part>1</pdfuaid:part>");
          const levels = (await pdfHeadings(pdf)).map((h) => h.level);
          expect(skippedHeadingLevels(levels)).toEqual([]);
          expect((await pdfInfo(pack.pdf)).Tagged).toBe("yes");
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
