import { importMessages } from "../../i18n/da/import.ts";
import { ImportError } from "../model.ts";
import { htmlToText } from "./html-to-text.ts";

/** The text of a Word document (DOCX); throws ImportError when it cannot be read or is empty. */
export async function extractDocxText(buf: Buffer, fileName: string): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: buf })).value;
  } catch {
    throw new ImportError(fileName, importMessages.errors.docxUnreadable);
  }
  const text = htmlToText(html);
  if (text.trim() === "") throw new ImportError(fileName, importMessages.errors.docxNoText);
  return text;
}
