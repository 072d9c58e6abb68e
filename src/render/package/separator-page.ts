import { type PDFDocument, type PDFFont, type PDFPage, StandardFonts } from "pdf-lib";
import { attachmentMessages } from "../../i18n/da/attachment.ts";

const p = attachmentMessages.package;

/** A4 in points. */
const WIDTH = 595.28;
const HEIGHT = 841.89;
const MARGIN = 72;

/**
 * Helvetica (as the demo bilag use) in pdf-lib's WinAnsi encoding covers Danish letters
 * (æ, ø, å, é, §, –); a character it cannot encode becomes a question mark rather than fail.
 */
function printable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text].map((ch) => (known.has(ch.codePointAt(0) ?? 0) ? ch : "?")).join("");
}

/** Words into lines no wider than `width`; a word longer than a line is cut. */
function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

function drawLines(page: PDFPage, font: PDFFont, size: number, lines: string[], top: number) {
  let y = top;
  for (const line of lines) {
    page.drawText(line, { x: MARGIN, y, size, font });
    y -= size * 1.3;
  }
  return y;
}

/**
 * A page put before each bilag in the agenda package: which item it belongs to and the
 * bilag's title, so a reader leafing through the package sees where one bilag starts.
 */
export async function addSeparatorPage(
  pdf: PDFDocument,
  bilag: { itemHeading: string; number: number; title: string },
): Promise<PDFPage> {
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([WIDTH, HEIGHT]);
  const width = WIDTH - 2 * MARGIN;
  const label = printable(regular, p.separatorLabel(bilag.number, bilag.itemHeading));
  const y = drawLines(page, regular, 12, wrap(regular, 12, label, width), HEIGHT - 2 * MARGIN);
  drawLines(page, bold, 24, wrap(bold, 24, printable(bold, bilag.title), width), y - 24);
  return page;
}
