import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { cases, decisions } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { canManageCommittee, type Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { appendContinuation, isContinued, loadTargetMeeting } from "./append-continuation.ts";
import { loadItemOf, loadMeetingForMinutes } from "./load-recordable-meeting.ts";

const e = minutesMessages.errors;

/**
 * A decided case goes on to another committee's coming meeting (fagudvalg → Økonomiudvalget
 * → Kommunalbestyrelsen). The new item continues this one (continuation "forwarded"), so the
 * case's history shows both meetings and both decisions. This meeting's record is unchanged.
 */
export async function forwardItem(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; targetMeetingId: number },
): Promise<{ newItemId: number }> {
  return db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId, {
      recording: false,
    });
    const item = await loadItemOf(tx, meeting.id, input.itemId);
    if (item.standing) throw new DomainError("invalid", e.standingCannotMove);
    if (item.caseId === null) throw new DomainError("invalid", e.noCase);
    const [decision] = await tx
      .select({ outcome: decisions.outcome })
      .from(decisions)
      .where(eq(decisions.agendaItemId, item.id));
    if (!decision || decision.outcome === "postponed") {
      throw new DomainError("invalid", e.notDecided);
    }
    if (await isContinued(tx, item.id)) throw new DomainError("conflict", e.alreadyContinued);
    const target = await loadTargetMeeting(tx, meeting, input.targetMeetingId);
    if (target.committeeId === meeting.committeeId) {
      throw new DomainError("invalid", e.targetOtherCommittee);
    }
    const targetCommittee = { id: target.committeeId, organisationId: target.organisationId };
    if (!canManageCommittee(principal, targetCommittee)) {
      throw new DomainError("forbidden", e.targetForbidden);
    }
    const added = await appendContinuation(tx, item, target, "forwarded");
    await tx
      .update(cases)
      .set({ status: "scheduled", version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
      .where(eq(cases.id, item.caseId));
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda_item.forwarded",
      entityType: "agenda_item",
      entityId: item.id,
      data: { meetingId: meeting.id, targetMeetingId: target.id, newItemId: added.id },
    });
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda_item.continued",
      entityType: "agenda_item",
      entityId: added.id,
      data: { meetingId: target.id, previousItemId: item.id, continuation: "forwarded" },
    });
    // The new item waits for a supplement; the closing items after it are numbered anew.
    await refreshPublicView(tx, {
      kind: "item_added",
      meetingIds: [target.id],
      actorId: principal.user.id,
      detail: { itemIds: [added.id], continuation: "forwarded" },
    });
    return { newItemId: added.id };
  });
}
