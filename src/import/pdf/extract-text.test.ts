import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildPdf } from "../../../test/fixtures/import/build-pdf.ts";
import { readSeed, SEED_FILES } from "../../../test/fixtures/import/seeds.ts";
import type { ParsedMinutes } from "../model.ts";
import { matchHeading } from "../text/headings.ts";
import { parseMinutesText } from "../text/parse-minutes.ts";
import { extractPdfText } from "./extract-text.ts";

const RUNNING_HEADER = "Chefforum 25-11-2021";

function printAsPdf(text: string): Promise<Uint8Array> {
  return buildPdf(text, {
    runningHeader: RUNNING_HEADER,
    pageNumbers: true,
    bold: (line) => matchHeading(line) !== null || line.startsWith("Punkt "),
  });
}

/** Whitespace-insensitive, with "?" for the one character Helvetica cannot print (CO₂). */
function loose(text: string): string {
  return text.replace(/₂/g, "?").replace(/\s+/g, " ");
}

function comparable(result: ParsedMinutes) {
  return result.items.map((item) => ({
    ...item,
    sections: item.sections.map((s) => ({ heading: s.heading, text: loose(s.text) })),
  }));
}

describe("PDF minutes", () => {
  it.each(Object.values(SEED_FILES))(
    "gives the same meeting and items as the text of %s",
    async (file) => {
      const text = readSeed(file);
      const pdf = await printAsPdf(text);
      const fromPdf = parseMinutesText(await extractPdfText(pdf, "referat.pdf"), "referat.pdf");
      const fromText = parseMinutesText(text, "referat.txt");

      expect(fromPdf.meeting).toEqual(fromText.meeting);
      expect(fromPdf.warnings).toEqual(fromText.warnings);
      expect(
        fromPdf.items.map((i) => [i.number, i.title, i.timeSlot, i.journalNumber, i.decision]),
      ).toEqual(
        fromText.items.map((i) => [i.number, i.title, i.timeSlot, i.journalNumber, i.decision]),
      );
      expect(comparable(fromPdf)).toEqual(comparable(fromText));
    },
  );

  it("drops the running header and the 'Side X af Y' footers", async () => {
    const pdf = await printAsPdf(readSeed(SEED_FILES.chefforum2025Mar));
    const text = await extractPdfText(pdf, "referat.pdf");
    expect(text).not.toMatch(/Side \d+ af \d+/);
    expect(text).not.toContain(RUNNING_HEADER);
    expect(text.startsWith("REFERAT Chefforum d. 12-03-2025\n\nMødedato")).toBe(true);
  });

  it("rebuilds wrapped paragraphs, lists and nested lists", async () => {
    const pdf = await printAsPdf(readSeed(SEED_FILES.chefforum2021Nov));
    const text = await extractPdfText(pdf, "referat.pdf");
    expect(text).toContain(
      "\n\nSom led i de tematiske drøftelser i Byudviklingsforum skal forummet på mødet den 25. november 2021 drøfte koblingen mellem anvendelse af data og byudvikling. Drøftelsen skal tage udgangspunkt i Byudviklingsforums forskellige fagligheder og dermed perspektiver på, hvordan data kan kobles til den igangværende byudvikling i Albertslund.\n\n",
    );
    expect(text).toContain("relevante ift.:\n - Vridsløse?\n - Coop Byen?\n");
    expect(text).toContain("\n\n1. at dagsordenen godkendes\n2. at referatet fra mødet");
  });

  it("keeps a decision that runs over several pages whole", async () => {
    const sentences = Array.from(
      { length: 60 },
      (_, i) => `Chefforum drøftede delpunkt ${i + 1} og besluttede at arbejde videre med det.`,
    );
    const paragraphs = [0, 1, 2, 3].map((p) => sentences.slice(p * 15, p * 15 + 15).join(" "));
    const decision = paragraphs.join("\n\n");
    const text = [
      "REFERAT Chefforum d. 25-11-2021",
      "Mødedato Torsdag d. 25. november 2021 kl. 09:00",
      "Mødested Mødelokale 1",
      "Punkt 1: CF - Lang beslutning",
      "00.01.00-A21-2-20",
      "Beslutning",
      decision,
      "Punkt 2: CF - Eventuelt",
      "00.01.00-A21-2-20",
      "Beslutning",
      "Intet.",
    ].join("\n\n");
    const pdf = await printAsPdf(text);
    const result = parseMinutesText(await extractPdfText(pdf, "lang.pdf"), "lang.pdf");
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(2);
    expect(result.items[0]?.decision).toBe(decision);
    expect(result.items[1]?.decision).toBe("Intet.");
  });
});
