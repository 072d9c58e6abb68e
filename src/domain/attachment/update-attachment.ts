import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attachments } from "../../db/schema/index.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { meetingsShowing } from "../publication/meetings-showing.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { cleanAttachmentTitle } from "./attachment-title.ts";
import { loadManagedAttachment, siblingsOf } from "./load-managed-attachment.ts";

const e = attachmentMessages.manage;

export interface UpdateAttachmentInput {
  attachmentId: number;
  /** The case whose page the change came from: the bilag must be its own. */
  caseId?: number;
  title: string;
  /** 1-based place among the bilag shown with it. */
  position: number;
  public: boolean;
}

/**
 * The author's edit of a bilag: its title, its place in the list and whether the public may
 * see it. The list is renumbered 0..n-1 in its new order. What the public sees of a published
 * meeting can change, so the change goes through the publication gate.
 */
export async function updateAttachment(
  db: Db,
  principal: Principal,
  input: UpdateAttachmentInput,
): Promise<void> {
  const title = cleanAttachmentTitle(input.title);
  if (title === null) throw new DomainError("invalid", e.noTitle);
  await db.transaction(async (tx) => {
    const row = await loadManagedAttachment(tx, principal, input.attachmentId, input.caseId);
    const others = (await siblingsOf(tx, row)).map((s) => s.id).filter((id) => id !== row.id);
    const index = input.position - 1;
    if (!Number.isInteger(index) || index < 0 || index > others.length) {
      throw new DomainError("invalid", e.badPosition);
    }
    const order = [...others.slice(0, index), row.id, ...others.slice(index)];
    for (const [position, id] of order.entries()) {
      const set = id === row.id ? { position, title, public: input.public } : { position };
      await tx.update(attachments).set(set).where(eq(attachments.id, id));
    }
    const target = { agendaItemId: row.agendaItemId, caseId: row.caseId };
    await recordAudit(tx, {
      organisationId: row.organisationId,
      actorId: principal.user.id,
      action: "attachment.updated",
      entityType: "attachment",
      entityId: row.id,
      data: {
        before: { title: row.title, position: row.position, public: row.public },
        after: { title, position: index, public: input.public },
      },
    });
    await refreshPublicView(tx, {
      kind: "attachment_updated",
      meetingIds: await meetingsShowing(tx, target),
      actorId: principal.user.id,
      detail: { attachmentId: row.id, ...target, public: input.public },
    });
  });
}
