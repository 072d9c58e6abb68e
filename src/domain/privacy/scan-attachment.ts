import type { Tx } from "../../db/client.ts";
import { attachmentPrivacyScans } from "../../db/schema/index.ts";
import { readAttachmentTexts } from "../../search/read-attachment-texts.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import { findCprNumbers } from "./find-cpr-numbers.ts";
import { numberHash, privacyKeyFor } from "./number-hash.ts";

/**
 * Scans a stored bilag's text (PDF, DOCX) for CPR numbers and records their keyed hashes, so
 * that the public view can hold the bilag back. Called when the file is stored; the text is
 * kept for the search index as well, so it is read from the file once.
 */
export async function scanAttachment(
  tx: Tx,
  storage: BlobStorage,
  attachment: { id: number; organisationId: number },
): Promise<number> {
  const text = (await readAttachmentTexts(tx, storage, [attachment.id])).get(attachment.id) ?? "";
  const found = findCprNumbers(text);
  const key = found.length > 0 ? await privacyKeyFor(tx, attachment.organisationId) : null;
  const numberHashes = key ? [...new Set(found.map((f) => numberHash(key, f.digits)))] : [];
  await tx
    .insert(attachmentPrivacyScans)
    .values({ attachmentId: attachment.id, numberHashes })
    .onConflictDoUpdate({
      target: attachmentPrivacyScans.attachmentId,
      set: { numberHashes, scannedAt: new Date() },
    });
  return found.length;
}
