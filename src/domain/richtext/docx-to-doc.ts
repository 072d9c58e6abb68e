import type { PmDoc } from "./doc.ts";
import { htmlToDoc } from "./html-to-doc.ts";

/** A Word document (DOCX) as a ProseMirror document, through mammoth's HTML. */
export async function docxToDoc(buf: Buffer): Promise<PmDoc> {
  const { default: mammoth } = await import("mammoth");
  const { value } = await mammoth.convertToHtml({ buffer: buf });
  return htmlToDoc(value);
}
