import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaCorrections, agendaItems, cases } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { setCaseStatus } from "../case/set-case-status.ts";
import { notifyMeetingParticipants } from "../notification/notify-participants.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import {
  type CorrectionTarget,
  loadCorrectableItem,
  loadCorrectableMeeting,
  reasonOf,
} from "./load-correctable-item.ts";
import { relayoutAgenda } from "./relayout-agenda.ts";

/**
 * Withdraws an item after its agenda went out (»Punktet er trukket«). It keeps its place,
 * number and title; its content and bilag leave every public surface at once; the reason is
 * recorded as a correction for the next »Rettet dagsorden«. Its case is approved again, ready
 * for a later meeting. Members are notified; audited; the public view follows in the same
 * transaction.
 */
export async function withdrawAgendaItem(
  db: Db,
  principal: Principal,
  input: CorrectionTarget & { itemId: number; reason: string; now?: Date },
): Promise<{ correctionId: number }> {
  return db.transaction(async (tx) => {
    const meeting = await loadCorrectableMeeting(tx, principal, input);
    const item = await loadCorrectableItem(tx, meeting, input.itemId);
    const reason = reasonOf(input.reason);
    const now = input.now ?? new Date();
    await tx
      .update(agendaItems)
      .set({ withdrawnAt: now, updatedAt: sql`now()` })
      .where(eq(agendaItems.id, item.id));
    // It takes no time now: the items after it move up in the plan.
    await relayoutAgenda(tx, meeting, principal.user.id);
    const [correction] = await tx
      .insert(agendaCorrections)
      .values({
        organisationId: meeting.organisationId,
        meetingId: meeting.id,
        agendaItemId: item.id,
        kind: "withdrawn",
        reason,
        caseId: item.caseId,
        actorId: principal.user.id,
        createdAt: now,
      })
      .returning({ id: agendaCorrections.id });
    if (!correction) throw new Error("correction not stored");
    let caseVersion: number | null = null;
    if (item.caseId !== null) {
      const [kase] = await tx.select().from(cases).where(eq(cases.id, item.caseId)).for("update");
      if (kase?.status === "scheduled") {
        caseVersion = (await setCaseStatus(tx, kase, "approved")).version;
      }
    }
    const detail = { itemId: item.id, number: item.number, title: item.title, reason };
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda.item_withdrawn",
      entityType: "agenda_item",
      entityId: item.id,
      data: { meetingId: meeting.id, correctionId: correction.id, caseVersion, ...detail },
    });
    await notifyMeetingParticipants(tx, meeting, "agenda.item_withdrawn", principal.user.id);
    await refreshPublicView(tx, {
      kind: "item_withdrawn",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
      detail,
    });
    return { correctionId: correction.id };
  });
}
