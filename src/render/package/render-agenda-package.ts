import type { Db } from "../../db/client.ts";
import { readAttachment } from "../../domain/attachment/read-attachment.ts";
import type { DocumentAttachment, MeetingDocument } from "../../domain/document/document.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import { renderPdf } from "../pdf/render-pdf.ts";
import {
  type AgendaPackage,
  buildAgendaPackage,
  defaultPackageOptions,
  type PackageOptions,
} from "./build-agenda-package.ts";

/** The stored bytes of an attachment, or null (not stored, missing or damaged: noted later). */
async function bytesOf(db: Db, storage: BlobStorage, a: DocumentAttachment) {
  if (!a.stored || a.id === null) return null;
  const file = await readAttachment(db, storage, a.id);
  return file ? file.readBytes().catch(() => null) : null;
}

/**
 * One PDF with the document followed by every attachment the document lists, so the public
 * package holds only public attachments of open items.
 */
export async function renderAgendaPackage(
  db: Db,
  storage: BlobStorage,
  doc: MeetingDocument,
  options: PackageOptions = defaultPackageOptions(),
): Promise<AgendaPackage> {
  const items = [];
  for (const item of doc.items) {
    if (item.attachments.length === 0) continue;
    const attachments = [];
    for (const a of item.attachments) {
      attachments.push({
        name: a.name,
        mediaType: a.mediaType,
        bytes: await bytesOf(db, storage, a),
      });
    }
    items.push({ heading: item.heading, attachments });
  }
  return buildAgendaPackage(renderPdf(doc), items, options);
}
