/** One line of text on a PDF page, in PDF user space (y grows upwards). */
export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** The parts of a pdfjs text item this module uses. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface Piece {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
};

function toPiece(item: PdfTextItem): Piece | null {
  if (item.str.trim() === "") return null;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
  const text = item.str.replace(/[\uFB00-\uFB04]/g, (ligature) => LIGATURES[ligature] ?? ligature);
  return { text, x, right: x + item.width, y, size };
}

function joinPieces(pieces: Piece[]): string {
  let text = "";
  let previous: Piece | undefined;
  for (const piece of pieces) {
    if (previous) {
      const gap = piece.x - previous.right;
      if (gap > piece.size * 1.5) text = `${text.trimEnd()}\t`;
      else if (gap > piece.size * 0.12 && !text.endsWith(" ") && !piece.text.startsWith(" ")) {
        text += " ";
      }
    }
    text += piece.text;
    previous = piece;
  }
  return text.replace(/ {2,}/g, " ").trim();
}

/** Groups a page's text items into lines, top to bottom, items left to right. */
export function groupLines(items: readonly PdfTextItem[]): PdfLine[] {
  const pieces = items.map(toPiece).filter((piece): piece is Piece => piece !== null);
  pieces.sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Piece[][] = [];
  for (const piece of pieces) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - piece.y) <= Math.max(anchor.size, piece.size) * 0.5) {
      row.push(piece);
    } else {
      rows.push([piece]);
    }
  }
  return rows.map((row) => {
    row.sort((p, q) => p.x - q.x);
    const first = row[0] as Piece;
    return {
      text: joinPieces(row),
      x: first.x,
      right: row.reduce((max, piece) => Math.max(max, piece.right), first.right),
      y: first.y,
      size: row.reduce((max, piece) => Math.max(max, piece.size), first.size),
    };
  });
}
