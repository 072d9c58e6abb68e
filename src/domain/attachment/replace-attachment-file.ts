import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attachments, attachmentVersions } from "../../db/schema/index.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { scanAttachment } from "../privacy/scan-attachment.ts";
import { meetingsShowing } from "../publication/meetings-showing.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { familyOf } from "./attachment-family.ts";
import { defaultAttachmentTitle } from "./attachment-title.ts";
import { checkAttachmentFile } from "./check-attachment-file.ts";
import { loadManagedAttachment } from "./load-managed-attachment.ts";
import { MAX_ATTACHMENT_BYTES } from "./store-attachment.ts";

const e = attachmentMessages.errors;
const f = attachmentMessages.families;

export interface ReplaceAttachmentFileInput {
  attachmentId: number;
  /** The case whose page the change came from: the bilag must be its own. */
  caseId?: number;
  name: string;
  bytes: Uint8Array;
}

/**
 * Replaces a bilag's file with a new one of the same kind (a PDF by a PDF). The file it had is
 * kept in attachment_versions (adr/0017); the bilag keeps its id, title, place and openness,
 * except that a title still equal to the old file's default follows the new file's name.
 * A file too large, of a type not allowed or of another kind is refused and nothing changes.
 */
export async function replaceAttachmentFile(
  db: Db,
  storage: BlobStorage,
  principal: Principal,
  input: ReplaceAttachmentFileInput,
): Promise<{ name: string; title: string }> {
  if (input.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new DomainError("invalid", e.tooLarge(MAX_ATTACHMENT_BYTES / 1024 / 1024));
  }
  const file = await checkAttachmentFile(input.name, input.bytes);
  if (!file.ok) throw new DomainError("invalid", file.message);
  return db.transaction(async (tx) => {
    const row = await loadManagedAttachment(tx, principal, input.attachmentId, input.caseId);
    const expected = familyOf(row.mediaType, row.name);
    const actual = familyOf(file.mediaType, file.name);
    if (expected && actual !== expected) {
      throw new DomainError(
        "invalid",
        attachmentMessages.manage.otherType(f[expected], actual ? f[actual] : file.name),
      );
    }
    const [previous] = await tx
      .select({ replacedAt: attachmentVersions.replacedAt })
      .from(attachmentVersions)
      .where(eq(attachmentVersions.attachmentId, row.id))
      .orderBy(desc(attachmentVersions.replacedAt))
      .limit(1);
    await tx.insert(attachmentVersions).values({
      attachmentId: row.id,
      organisationId: row.organisationId,
      name: row.name,
      mediaType: row.mediaType,
      sizeBytes: row.sizeBytes,
      sha512: row.sha512,
      storageKey: row.storageKey,
      storedAt: previous?.replacedAt ?? row.createdAt,
      replacedBy: principal.user.id,
    });
    const blob = await storage.put(input.bytes);
    const title =
      row.title === defaultAttachmentTitle(row.name)
        ? defaultAttachmentTitle(file.name)
        : row.title;
    await tx
      .update(attachments)
      .set({
        name: file.name,
        title,
        mediaType: file.mediaType,
        sizeBytes: blob.sizeBytes,
        sha512: blob.sha512,
        storageKey: blob.key,
      })
      .where(eq(attachments.id, row.id));
    await scanAttachment(tx, storage, { id: row.id, organisationId: row.organisationId });
    const target = { agendaItemId: row.agendaItemId, caseId: row.caseId };
    await recordAudit(tx, {
      organisationId: row.organisationId,
      actorId: principal.user.id,
      action: "attachment.replaced",
      entityType: "attachment",
      entityId: row.id,
      data: {
        before: { name: row.name, sha512: row.sha512, sizeBytes: row.sizeBytes },
        after: { name: file.name, sha512: blob.sha512, sizeBytes: blob.sizeBytes },
      },
    });
    await refreshPublicView(
      tx,
      {
        kind: "attachment_replaced",
        meetingIds: await meetingsShowing(tx, target),
        actorId: principal.user.id,
        detail: { attachmentId: row.id, ...target },
      },
      { storage },
    );
    return { name: file.name, title };
  });
}
