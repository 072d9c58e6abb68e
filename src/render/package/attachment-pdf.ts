import { PDFDocument } from "pdf-lib";
import { attachmentMessages } from "../../i18n/da/attachment.ts";

const p = attachmentMessages.package;

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface PackageAttachment {
  /** The file name (tells a Word file by its extension when the media type is unknown). */
  name: string;
  /** What readers see: on the separator page, in the bookmarks and the notes. */
  title: string;
  mediaType: string | null;
  /** Null when the file is not stored (legacy) or could not be read. */
  bytes: Uint8Array | null;
}

export type ConvertDocx = (bytes: Uint8Array, name: string) => Promise<Uint8Array>;

export type AttachmentPdf = { ok: true; pdf: PDFDocument } | { ok: false; reason: string };

/** True when the bytes start like a PDF (a few bytes of junk before the header are allowed). */
function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-");
}

function isDocx(a: PackageAttachment): boolean {
  return a.mediaType === DOCX || (a.mediaType === null && /\.docx$/i.test(a.name));
}

async function load(bytes: Uint8Array): Promise<AttachmentPdf> {
  let pdf: PDFDocument;
  try {
    // Loaded despite encryption only to tell it apart from a broken file.
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return { ok: false, reason: p.invalidPdf };
  }
  if (pdf.isEncrypted) return { ok: false, reason: p.encrypted };
  let pages: number;
  try {
    // A file that parses can still lack its page tree; counting the pages walks it.
    pages = pdf.getPageCount();
  } catch {
    return { ok: false, reason: p.invalidPdf };
  }
  return pages > 0 ? { ok: true, pdf } : { ok: false, reason: p.noPages };
}

/**
 * An attachment as a PDF document ready to copy pages from: PDFs as they are, Word files
 * through the converter when one is given. Anything else gives the Danish reason it is left out.
 */
export async function attachmentPdf(
  a: PackageAttachment,
  convertDocx: ConvertDocx | undefined,
): Promise<AttachmentPdf> {
  if (!a.bytes || a.bytes.byteLength === 0) return { ok: false, reason: p.missing };
  if (a.mediaType === "application/pdf" || looksLikePdf(a.bytes)) return load(a.bytes);
  if (isDocx(a)) {
    if (!convertDocx) return { ok: false, reason: p.noConverter };
    let converted: Uint8Array;
    try {
      converted = await convertDocx(a.bytes, a.name);
    } catch {
      return { ok: false, reason: p.conversionFailed };
    }
    return load(converted);
  }
  return { ok: false, reason: p.unsupported };
}
