import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { attachments, attachmentVersions } from "../../db/schema/index.ts";
import { BlobIntegrityError, type BlobStorage } from "../../storage/blob-storage.ts";

/** An attachment whose file is stored (legacy imports, known by name only, are not). */
export interface StoredAttachment {
  id: number;
  organisationId: number;
  agendaItemId: number | null;
  caseId: number | null;
  name: string;
  mediaType: string | null;
  sizeBytes: number | null;
  sha512: string;
  public: boolean;
}

export interface AttachmentFile {
  attachment: StoredAttachment;
  /**
   * The bytes, verified by the storage against their SHA-512 (and here against the stored
   * size); throws BlobIntegrityError rather than give back damaged bytes.
   */
  readBytes(): Promise<Uint8Array>;
}

/**
 * Loads an attachment's row and gives access to its bytes. The bytes are read only when asked,
 * so a caller can authorise (and answer "not modified") before touching the file. Null when
 * there is no such attachment or it has no stored file.
 */
export async function readAttachment(
  db: Db,
  storage: BlobStorage,
  id: number,
): Promise<AttachmentFile | null> {
  if (!isRowId(id)) return null;
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), isNotNull(attachments.storageKey)));
  if (!row?.storageKey || !row.sha512) return null;
  return fileFrom(storage, row.storageKey, {
    id: row.id,
    organisationId: row.organisationId,
    agendaItemId: row.agendaItemId,
    caseId: row.caseId,
    name: row.name,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha512: row.sha512,
    public: row.public,
  });
}

/**
 * An earlier file of a bilag (attachment_versions), for staff: the row of the bilag as it was,
 * with the version's file. Null when the bilag has no such version or its file is not stored.
 */
export async function readAttachmentVersion(
  db: Db,
  storage: BlobStorage,
  attachmentId: number,
  versionId: number,
): Promise<AttachmentFile | null> {
  if (!isRowId(versionId)) return null;
  const current = await readAttachment(db, storage, attachmentId);
  if (!current) return null;
  const [version] = await db
    .select()
    .from(attachmentVersions)
    .where(
      and(eq(attachmentVersions.id, versionId), eq(attachmentVersions.attachmentId, attachmentId)),
    );
  if (!version?.storageKey || !version.sha512) return null;
  return fileFrom(storage, version.storageKey, {
    ...current.attachment,
    name: version.name,
    mediaType: version.mediaType,
    sizeBytes: version.sizeBytes,
    sha512: version.sha512,
  });
}

function fileFrom(storage: BlobStorage, key: string, attachment: StoredAttachment): AttachmentFile {
  return {
    attachment,
    async readBytes() {
      const bytes = await storage.get(key);
      if (attachment.sizeBytes !== null && bytes.byteLength !== attachment.sizeBytes) {
        throw new BlobIntegrityError(`Bilag ${attachment.id}: størrelsen passer ikke`);
      }
      return bytes;
    },
  };
}
