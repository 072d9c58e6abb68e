import type { Db, Tx } from "../../db/client.ts";
import { readAttachment } from "../../domain/attachment/read-attachment.ts";
import type {
  DocumentAttachment,
  DocumentItem,
  MeetingDocument,
} from "../../domain/document/document.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import { renderPdf } from "../pdf/render-pdf.ts";
import { type DocumentRenderError, renderFailure } from "../render-error.ts";
import {
  type AgendaPackage,
  buildAgendaPackage,
  defaultPackageOptions,
  type PackageAttachment,
  type PackageItem,
  type PackageOptions,
} from "./build-agenda-package.ts";

/** The stored bytes of an attachment, or null (not stored, missing or damaged: noted later). */
async function bytesOf(db: Db | Tx, storage: BlobStorage, a: DocumentAttachment) {
  if (!a.stored || a.id === null) return null;
  const file = await readAttachment(db, storage, a.id);
  return file ? file.readBytes().catch(() => null) : null;
}

type Source = { item: DocumentItem; attachment: DocumentAttachment; file: PackageAttachment };

/** The failure named by the first attachment that fails on its own, or the package as a whole. */
async function packageFailure(
  agendaPdf: Uint8Array,
  sources: Source[],
  options: PackageOptions,
  cause: unknown,
): Promise<DocumentRenderError> {
  for (const { item, attachment, file } of sources) {
    const failed = await buildAgendaPackage(
      agendaPdf,
      [{ heading: item.heading, attachments: [file] }],
      options,
    ).then(
      () => false,
      () => true,
    );
    if (failed) return renderFailure("package", { item, section: null, attachment }, cause);
  }
  return renderFailure("package", { item: null, section: null }, cause);
}

/**
 * One PDF with the document followed by every attachment the document lists, so the public
 * package holds only public attachments of open items. A failure is a DocumentRenderError
 * naming the item and bilag when one bilag is the cause.
 */
export async function renderAgendaPackage(
  db: Db | Tx,
  storage: BlobStorage | undefined,
  doc: MeetingDocument,
  options: PackageOptions = defaultPackageOptions(),
): Promise<AgendaPackage> {
  const sources: Source[] = [];
  for (const item of doc.items) {
    for (const attachment of item.attachments) {
      const bytes = storage ? await bytesOf(db, storage, attachment) : null;
      const file = {
        name: attachment.name,
        title: attachment.title,
        mediaType: attachment.mediaType,
        bytes,
      };
      sources.push({ item, attachment, file });
    }
  }
  const items: PackageItem[] = doc.items.flatMap((item) => {
    const attachments = sources.filter((s) => s.item === item).map((s) => s.file);
    return attachments.length > 0 ? [{ heading: item.heading, attachments }] : [];
  });
  const agendaPdf = renderPdf(doc);
  try {
    return await buildAgendaPackage(agendaPdf, items, options);
  } catch (error) {
    throw await packageFailure(agendaPdf, sources, options, error);
  }
}
