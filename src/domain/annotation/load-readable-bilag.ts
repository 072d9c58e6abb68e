import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { attachments } from "../../db/schema/index.ts";
import { annotationMessages } from "../../i18n/da/annotation.ts";
import type { Principal } from "../access/access.policy.ts";
import { mayReadAttachment } from "../attachment/may-read-attachment.ts";
import { DomainError } from "../domain-error.ts";

export interface ReadableBilag {
  id: number;
  title: string;
  name: string;
  mediaType: string | null;
  stored: boolean;
}

/**
 * A bilag the user may read (the same rule as fetching its file, mayReadAttachment), or a
 * not-found DomainError with a Danish message: also when access was lost since the page was
 * opened, and never telling which ids exist.
 */
export async function loadReadableBilag(
  db: Db | Tx,
  principal: Principal,
  attachmentId: number,
): Promise<ReadableBilag> {
  const notFound = new DomainError("not_found", annotationMessages.errors.bilagNotFound);
  if (!isRowId(attachmentId)) throw notFound;
  const [row] = await db.select().from(attachments).where(eq(attachments.id, attachmentId));
  if (!row || !(await mayReadAttachment(db as Db, principal, row))) throw notFound;
  return {
    id: row.id,
    title: row.title,
    name: row.name,
    mediaType: row.mediaType,
    stored: row.storageKey !== null && row.sha512 !== null,
  };
}
