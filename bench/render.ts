import { buildDocument } from "../src/domain/document/build-document.ts";
import type { MeetingDocument } from "../src/domain/document/document.ts";
import { meetingFromParsed } from "../src/domain/document/meeting-from-parsed.ts";
import { readLegacyFile } from "../src/import/read-legacy-file.ts";
import { renderDocx } from "../src/render/docx/render-docx.ts";
import { renderHtml } from "../src/render/html/render-html.tsx";
import { convertToPdf, findLibreOffice } from "../src/render/libreoffice.ts";
import { renderPdf } from "../src/render/pdf/render-pdf.ts";
import { clearTypstCache } from "../src/render/pdf/typst-compiler.ts";
import { findChromium, launchChromium } from "../test/chromium.ts";
import { type Figure, median } from "./lib/table.ts";

/** Seed 004: ten items of real minutes (Chefforum, 12 March 2025). */
const SEED = new URL("../../shared/seeds/004_de1d4206ea756d9c.txt", import.meta.url).pathname;

async function tenItemMinutes(): Promise<MeetingDocument> {
  const parsed = await readLegacyFile(SEED);
  if (parsed.items.length !== 10) throw new Error(`expected 10 items, got ${parsed.items.length}`);
  return buildDocument(
    meetingFromParsed(parsed, "Albertslund Kommune"),
    "public",
  ) as MeetingDocument;
}

async function timed(runs: number, work: () => unknown | Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await work(); // warm up: module load, font cache, JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

const ratio = (slow: number[], fast: number[]) =>
  `${(median(slow) / median(fast)).toFixed(0)}× the Typst PDF`;

/** Render time of one 10-item minutes in each format, and the two outside paths as ratios. */
export async function renderTimes(): Promise<Figure[]> {
  const doc = await tenItemMinutes();
  const html = await renderHtml(doc);
  const docx = await renderDocx(doc);
  let run = 0;
  // A different title each time, so no run gets another's output from Typst's memo cache.
  const pdf = await timed(100, () => renderPdf({ ...doc, title: `${doc.title} (${run++})` }));
  const cold = await timed(30, () => {
    clearTypstCache();
    return renderPdf(doc);
  });
  const figures: Figure[] = [
    {
      name: "render 10-item minutes: HTML",
      unit: "ms",
      samples: await timed(100, () => renderHtml(doc)),
    },
    { name: "render 10-item minutes: PDF (Typst)", unit: "ms", samples: pdf },
    {
      name: "render 10-item minutes: PDF (Typst), memo cache emptied before each run",
      unit: "ms",
      samples: cold,
    },
    {
      name: "render 10-item minutes: DOCX",
      unit: "ms",
      samples: await timed(100, () => renderDocx(doc)),
    },
  ];
  if (findLibreOffice()) {
    const samples = await timed(5, () => convertToPdf(docx, "referat.docx"));
    figures.push({
      name: "render 10-item minutes: DOCX → PDF with LibreOffice",
      unit: "ms",
      samples,
      note: ratio(samples, pdf),
    });
  } else {
    figures.push({
      name: "render: LibreOffice not installed",
      unit: "ms",
      samples: [0],
      note: "skipped",
    });
  }
  if (findChromium()) {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const samples = await timed(20, async () => {
        await page.setContent(html);
        await page.pdf({ format: "A4", tagged: true, outline: true, printBackground: true });
      });
      figures.push({
        name: "render 10-item minutes: HTML → PDF with Chromium page.pdf",
        unit: "ms",
        samples,
        note: ratio(samples, pdf),
      });
    } finally {
      await browser.close();
    }
  } else {
    figures.push({
      name: "render: Chromium not installed",
      unit: "ms",
      samples: [0],
      note: "skipped",
    });
  }
  return figures;
}
