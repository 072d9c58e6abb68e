import { and, inArray, isNotNull } from "drizzle-orm";
import type { Db, Tx } from "../db/client.ts";
import { attachments, searchAttachmentTexts } from "../db/schema/index.ts";
import { extractDocxText } from "../import/docx/extract-text.ts";
import { extractPdfText } from "../import/pdf/extract-text.ts";
import type { BlobStorage } from "../storage/blob-storage.ts";

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The text of a PDF or DOCX file; "" for anything else or anything unreadable. */
async function extractText(bytes: Uint8Array, name: string): Promise<string> {
  try {
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return await extractPdfText(bytes, name);
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
      return await extractDocxText(Buffer.from(bytes), name);
    }
  } catch {
    // An unreadable or empty file is searchable by its name only.
  }
  return "";
}

/**
 * The extracted text of these bilag, by attachment id, for those stored with a file whose text
 * is known or can be read: each file's text is extracted once (kept by SHA-512 in
 * search_attachment_texts) and read from `storage` only when not known yet.
 */
export async function readAttachmentTexts(
  db: Db | Tx,
  storage: BlobStorage | undefined,
  attachmentIds: number[],
): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  if (attachmentIds.length === 0) return texts;
  const files = await db
    .select({
      id: attachments.id,
      name: attachments.name,
      sha512: attachments.sha512,
      key: attachments.storageKey,
    })
    .from(attachments)
    .where(
      and(
        inArray(attachments.id, attachmentIds),
        isNotNull(attachments.sha512),
        isNotNull(attachments.storageKey),
      ),
    );
  const shas = [...new Set(files.map((f) => f.sha512 as string))];
  if (shas.length === 0) return texts;
  const known = new Map(
    (
      await db
        .select({ sha512: searchAttachmentTexts.sha512, text: searchAttachmentTexts.text })
        .from(searchAttachmentTexts)
        .where(inArray(searchAttachmentTexts.sha512, shas))
    ).map((r) => [r.sha512, r.text]),
  );
  if (storage) {
    const fresh: { sha512: string; text: string }[] = [];
    for (const file of files) {
      const sha512 = file.sha512 as string;
      if (known.has(sha512)) continue;
      const bytes = await storage.get(file.key as string).catch(() => null);
      if (!bytes) continue;
      const text = await extractText(bytes, file.name);
      known.set(sha512, text);
      fresh.push({ sha512, text });
    }
    await storeAttachmentTexts(db, fresh);
  }
  for (const file of files) {
    const text = known.get(file.sha512 as string);
    if (text) texts.set(file.id, text);
  }
  return texts;
}

/** Keeps files' extracted texts by SHA-512, so no file is read and extracted twice. */
export async function storeAttachmentTexts(
  db: Db | Tx,
  texts: { sha512: string; text: string }[],
): Promise<void> {
  if (texts.length > 0) await db.insert(searchAttachmentTexts).values(texts).onConflictDoNothing();
}
