import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, cases } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { setCaseStatus } from "../case/set-case-status.ts";
import { DomainError } from "../domain-error.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { loadAgendaMeeting } from "./load-agenda-meeting.ts";
import { relayoutAgenda } from "./relayout-agenda.ts";

/**
 * Takes an item that members have not yet received off the agenda; its case is approved
 * again, ready for another meeting. A published item stays (it can be postponed at the meeting).
 */
export async function removeAgendaItem(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    const meeting = await loadAgendaMeeting(tx, principal, input.meetingId, "assemble");
    const [item] = await tx
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.meetingId, meeting.id)));
    if (!item) throw new DomainError("not_found", agendaMessages.itemNotFound);
    if (item.publishedInVersion !== null) {
      const message = agendaMessages.assemblyErrors.removePublished;
      throw new DomainError("conflict", message, [message]);
    }
    await tx.delete(agendaItems).where(eq(agendaItems.id, item.id));
    let caseVersion: number | null = null;
    if (item.caseId !== null) {
      const [kase] = await tx.select().from(cases).where(eq(cases.id, item.caseId)).for("update");
      if (kase?.status === "scheduled")
        caseVersion = (await setCaseStatus(tx, kase, "approved")).version;
    }
    await relayoutAgenda(tx, meeting, principal.user.id);
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda.item_removed",
      entityType: "agenda_item",
      entityId: item.id,
      data: { meetingId: meeting.id, caseId: item.caseId, title: item.title, caseVersion },
    });
    // Only unsent items go, but the items after it are numbered anew.
    await refreshPublicView(tx, {
      kind: "item_removed",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
      detail: { itemId: item.id },
    });
  });
}
