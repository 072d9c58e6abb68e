import { PDFDocument, StandardFonts } from "pdf-lib";

export interface DemoPdf {
  bytes: Uint8Array;
  /** The words that extracting `bytes` gives, so the demo need not extract them. */
  text: string;
}

const BODY = [
  "Dette bilag er eksempeldata i Referat.",
  "Det viser, hvordan bilag vises, hentes og samles i en mødepakke.",
];

/** A one-page A4 PDF with a title and a paragraph: a realistic stand-in for a bilag. */
export async function demoPdf(title: string, organisation: string): Promise<DemoPdf> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setLanguage("da-DK");
  pdf.setAuthor(organisation);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595.28, 841.89]);
  page.drawText(organisation, { x: 56, y: 790, size: 10, font });
  // A long title is set smaller, so it stays on the page (and in the text read from it).
  const size = Math.min(16, (595.28 - 2 * 56) / bold.widthOfTextAtSize(title, 1));
  page.drawText(title, { x: 56, y: 750, size, font: bold });
  BODY.forEach((line, i) => {
    page.drawText(line, { x: 56, y: 715 - i * 16, size: 11, font });
  });
  const bytes = await pdf.save({ useObjectStreams: false });
  return { bytes, text: [organisation, title, BODY.join("\n")].join("\n\n") };
}
