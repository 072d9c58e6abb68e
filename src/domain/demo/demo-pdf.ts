import { PDFDocument, StandardFonts } from "pdf-lib";

/** A one-page A4 PDF with a title and a paragraph: a realistic stand-in for a bilag. */
export async function demoPdf(title: string, organisation: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setLanguage("da-DK");
  pdf.setAuthor(organisation);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595.28, 841.89]);
  page.drawText(organisation, { x: 56, y: 790, size: 10, font });
  page.drawText(title, { x: 56, y: 750, size: 16, font: bold });
  const lines = [
    "Dette bilag er eksempeldata i Referat.",
    "Det viser, hvordan bilag vises, hentes og samles i en mødepakke.",
  ];
  lines.forEach((line, i) => {
    page.drawText(line, { x: 56, y: 715 - i * 16, size: 11, font });
  });
  return pdf.save({ useObjectStreams: false });
}
