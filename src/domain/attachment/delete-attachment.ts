import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attachments } from "../../db/schema/index.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { meetingsShowing } from "../publication/meetings-showing.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import {
  loadManagedAttachment,
  publishedMeetingsShowing,
  siblingsOf,
} from "./load-managed-attachment.ts";

/**
 * Deletes a bilag (and its earlier versions) while no agenda showing it has gone out. After
 * that, members and the public may have read it, so it stays: the message says how to correct
 * it instead (replace the file, or correct or withdraw the item, and send a corrected agenda).
 * The stored files stay in the content-addressed storage, as they may be shared.
 */
export async function deleteAttachment(
  db: Db,
  principal: Principal,
  attachmentId: number,
  /** The case whose page the change came from: the bilag must be its own. */
  caseId?: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await loadManagedAttachment(tx, principal, attachmentId, caseId);
    if ((await publishedMeetingsShowing(tx, row)).length > 0) {
      throw new DomainError("conflict", attachmentMessages.manage.publishedDelete);
    }
    const target = { agendaItemId: row.agendaItemId, caseId: row.caseId };
    const meetingIds = await meetingsShowing(tx, target);
    await tx.delete(attachments).where(eq(attachments.id, row.id));
    for (const [position, s] of (await siblingsOf(tx, row)).entries()) {
      await tx.update(attachments).set({ position }).where(eq(attachments.id, s.id));
    }
    await recordAudit(tx, {
      organisationId: row.organisationId,
      actorId: principal.user.id,
      action: "attachment.deleted",
      entityType: "attachment",
      entityId: row.id,
      data: { ...target, name: row.name, title: row.title, sha512: row.sha512 },
    });
    await refreshPublicView(tx, {
      kind: "attachment_removed",
      meetingIds,
      actorId: principal.user.id,
      detail: { attachmentId: row.id, ...target },
    });
  });
}
