import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { agendaItems, attachments, meetings } from "../../db/schema/index.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import { canManageCommittee, type Principal } from "../access/access.policy.ts";
import { canEditCase } from "../case/case.policy.ts";
import { loadCase } from "../case/load-case.ts";
import { DomainError } from "../domain-error.ts";
import { statusesOf } from "../meeting/meeting-lifecycle.ts";
import { meetingsShowing } from "../publication/meetings-showing.ts";

const e = attachmentMessages.manage;

export type AttachmentRow = typeof attachments.$inferSelect;

/**
 * A bilag the principal may change, locked for the change (SELECT … FOR UPDATE). An item's
 * bilag is managed by the secretaries and administrators of its committee; a case's own bilag
 * by whoever may edit the case (case.policy). Another organisation's, or one the principal may
 * not read, is a 404; one they may read but not change a 403. Given a case (the case page the
 * change came from), a bilag that is not that case's own is a 404 too.
 */
export async function loadManagedAttachment(
  tx: Tx,
  principal: Principal,
  attachmentId: number,
  caseId?: number,
): Promise<AttachmentRow> {
  if (!isRowId(attachmentId)) throw new DomainError("not_found", e.notFound);
  const [row] = await tx
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.id, attachmentId),
        eq(attachments.organisationId, principal.user.organisationId),
      ),
    )
    .for("update");
  if (!row || (caseId !== undefined && row.caseId !== caseId)) {
    throw new DomainError("not_found", e.notFound);
  }
  if (row.agendaItemId !== null) {
    const [item] = await tx
      .select({ committeeId: meetings.committeeId, organisationId: meetings.organisationId })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(eq(agendaItems.id, row.agendaItemId));
    const committee = item && { id: item.committeeId, organisationId: item.organisationId };
    if (!committee || !canManageCommittee(principal, committee)) {
      throw new DomainError("forbidden", e.forbidden);
    }
    return row;
  }
  if (row.caseId === null) throw new DomainError("not_found", e.notFound);
  const kase = await loadCase(tx, principal, row.caseId);
  if (!canEditCase(principal, kase)) throw new DomainError("forbidden", e.forbidden);
  return row;
}

/** The bilag shown beside this one (same item, or the same case's own), in their order. */
export function siblingsOf(tx: Tx, row: AttachmentRow) {
  return tx
    .select({ id: attachments.id })
    .from(attachments)
    .where(
      row.agendaItemId !== null
        ? eq(attachments.agendaItemId, row.agendaItemId)
        : and(eq(attachments.caseId, row.caseId ?? -1), isNull(attachments.agendaItemId)),
    )
    .orderBy(asc(attachments.position), asc(attachments.id));
}

/** The meetings showing the bilag whose agenda went out (it may have been seen there). */
export async function publishedMeetingsShowing(tx: Tx, row: AttachmentRow) {
  const ids = await meetingsShowing(tx, row);
  if (ids.length === 0) return [];
  return tx
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(inArray(meetings.id, ids), inArray(meetings.status, statusesOf("agendaOut"))));
}
