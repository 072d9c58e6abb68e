import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { importMessages } from "../../i18n/da/import.ts";
import { ImportError } from "../model.ts";
import { groupLines, type PdfLine, type PdfTextItem } from "./lines.ts";
import { linesToText } from "./paragraphs.ts";
import { removeRunningLines } from "./running-lines.ts";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

let pdfjs: Promise<PdfJs> | undefined;

function standardFontDirectory(): string {
  const require = createRequire(import.meta.url);
  return `${join(dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;
}

async function open(data: Uint8Array, fileName: string): Promise<PdfDocument> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  const { getDocument } = await pdfjs;
  const task = getDocument({
    data: new Uint8Array(data),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: standardFontDirectory(),
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const encrypted = error instanceof Error && error.name === "PasswordException";
    const errors = importMessages.errors;
    throw new ImportError(fileName, encrypted ? errors.pdfEncrypted : errors.pdfUnreadable);
  }
}

async function readPages(pdf: PdfDocument, fileName: string): Promise<PdfLine[][]> {
  const pages: PdfLine[][] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = content.items.flatMap((item) => ("str" in item ? [item] : []));
      pages.push(groupLines(items));
      page.cleanup();
    }
  } catch {
    throw new ImportError(fileName, importMessages.errors.pdfUnreadable);
  }
  return pages;
}

/**
 * The text of a PDF as paragraphs, with running headers, footers and page numbers removed.
 * Throws ImportError when the PDF cannot be opened, is password protected or has no text.
 */
export async function extractPdfText(data: Uint8Array, fileName: string): Promise<string> {
  const pdf = await open(data, fileName);
  try {
    const pages = await readPages(pdf, fileName);
    const text = linesToText(removeRunningLines(pages));
    if (text.trim() === "") throw new ImportError(fileName, importMessages.errors.pdfNoText);
    return text;
  } finally {
    await pdf.destroy();
  }
}
