import { and, eq, max } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { agendaItems, attachments, cases } from "../../db/schema/index.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { scanAttachment } from "../privacy/scan-attachment.ts";
import { meetingsShowing } from "../publication/meetings-showing.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { defaultAttachmentTitle } from "./attachment-title.ts";
import { checkAttachmentFile } from "./check-attachment-file.ts";

const e = attachmentMessages.errors;

/** The largest bilag accepted: 25 MiB. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export type StoreAttachmentInput = {
  organisationId: number;
  /** Who uploads, for the audit log. */
  actorId: number | null;
  name: string;
  /** What readers see; by default the file name, tidied (defaultAttachmentTitle). */
  title?: string;
  bytes: Uint8Array;
  public: boolean;
} & ({ agendaItemId: number; caseId?: undefined } | { caseId: number; agendaItemId?: undefined });

export type StoreAttachmentResult =
  | {
      ok: true;
      attachment: { id: number; name: string; title: string; mediaType: string; sizeBytes: number };
    }
  | { ok: false; status: 400 | 404 | 413; message: string };

/** The item's or case's ids inside the organisation, or null when it is not there. */
async function targetOf(tx: Tx, input: StoreAttachmentInput) {
  if (input.agendaItemId !== undefined) {
    const [item] = await tx
      .select({ caseId: agendaItems.caseId })
      .from(agendaItems)
      .where(
        and(
          eq(agendaItems.id, input.agendaItemId),
          eq(agendaItems.organisationId, input.organisationId),
        ),
      );
    return item ? { agendaItemId: input.agendaItemId, caseId: item.caseId } : null;
  }
  const [kase] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.id, input.caseId), eq(cases.organisationId, input.organisationId)));
  return kase ? { agendaItemId: null, caseId: kase.id } : null;
}

/**
 * Stores an uploaded bilag on an agenda item or a case: checks size and type (by content),
 * writes the file to the blob storage and the row plus its audit entry in one transaction.
 * The blob is written first and content-addressed, so a failed transaction leaves at most an
 * unreferenced file, never a row without its file.
 */
export async function storeAttachment(
  db: Db,
  storage: BlobStorage,
  input: StoreAttachmentInput,
): Promise<StoreAttachmentResult> {
  if (input.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    return { ok: false, status: 413, message: e.tooLarge(MAX_ATTACHMENT_BYTES / 1024 / 1024) };
  }
  const file = await checkAttachmentFile(input.name, input.bytes);
  if (!file.ok) return { ok: false, status: 400, message: file.message };
  const title = input.title?.trim() ? input.title.trim() : defaultAttachmentTitle(file.name);
  return db.transaction(async (tx): Promise<StoreAttachmentResult> => {
    const target = await targetOf(tx, input);
    if (!target) return { ok: false, status: 404, message: e.targetNotFound };
    const [last] = await tx
      .select({ position: max(attachments.position) })
      .from(attachments)
      .where(
        target.agendaItemId === null
          ? eq(attachments.caseId, target.caseId)
          : eq(attachments.agendaItemId, target.agendaItemId),
      );
    const blob = await storage.put(input.bytes);
    const [row] = await tx
      .insert(attachments)
      .values({
        organisationId: input.organisationId,
        ...target,
        position: (last?.position ?? -1) + 1,
        name: file.name,
        title,
        mediaType: file.mediaType,
        sizeBytes: blob.sizeBytes,
        sha512: blob.sha512,
        storageKey: blob.key,
        public: input.public,
      })
      .returning({ id: attachments.id });
    if (!row) throw new Error("attachment row was not inserted");
    await scanAttachment(tx, storage, { id: row.id, organisationId: input.organisationId });
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "attachment.uploaded",
      entityType: "attachment",
      entityId: row.id,
      data: {
        ...target,
        name: file.name,
        title,
        mediaType: file.mediaType,
        sizeBytes: blob.sizeBytes,
      },
    });
    await refreshPublicView(
      tx,
      {
        kind: "attachment_added",
        meetingIds: await meetingsShowing(tx, target),
        actorId: input.actorId,
        detail: { attachmentId: row.id, ...target, public: input.public },
      },
      { storage },
    );
    const attachment = { id: row.id, name: file.name, title, mediaType: file.mediaType };
    return { ok: true, attachment: { ...attachment, sizeBytes: blob.sizeBytes } };
  });
}
