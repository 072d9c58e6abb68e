import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { decisions } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatShortDate } from "../../web/format-date.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { richTextFrom } from "../richtext/rich-text-from.ts";
import { appendContinuation, isContinued, loadTargetMeeting } from "./append-continuation.ts";
import { loadItemOf, loadMeetingForMinutes } from "./load-recordable-meeting.ts";
import { meetingEvents } from "./meeting-events.ts";

const e = minutesMessages.errors;

/**
 * "Udsat": the item's case moves to a later meeting of the same committee. The item keeps a
 * decision with outcome postponed ("Punktet blev udsat til Økonomiudvalgets møde den …"), the later
 * meeting gets a new item continuing it, and both appearances stay in the case's history.
 */
export async function postponeItem(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; targetMeetingId: number },
): Promise<{ newItemId: number }> {
  const result = await db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId);
    const item = await loadItemOf(tx, meeting.id, input.itemId);
    if (item.standing) throw new DomainError("invalid", e.standingCannotMove);
    if (item.caseId === null) throw new DomainError("invalid", e.noCase);
    if (await isContinued(tx, item.id)) throw new DomainError("conflict", e.alreadyContinued);
    const target = await loadTargetMeeting(tx, meeting, input.targetMeetingId);
    if (target.committeeId !== meeting.committeeId) {
      throw new DomainError("invalid", e.targetSameCommittee);
    }
    const added = await appendContinuation(tx, item, target, "postponed");
    // The target is a meeting of this committee, so its committee name is this one's.
    const wording = minutesMessages.document.postponedDecision(
      target.committeeName,
      formatShortDate(target.startsAt),
    );
    const rich = richTextFrom(wording);
    const [stored] = await tx.select().from(decisions).where(eq(decisions.agendaItemId, item.id));
    const version = (stored?.version ?? 0) + 1;
    const values = { outcome: "postponed" as const, doc: rich.doc, text: rich.text };
    if (stored) {
      await tx
        .update(decisions)
        .set({ ...values, recordedBy: principal.user.id, version, updatedAt: sql`now()` })
        .where(eq(decisions.id, stored.id));
    } else {
      await tx.insert(decisions).values({
        ...values,
        organisationId: meeting.organisationId,
        agendaItemId: item.id,
        recordedBy: principal.user.id,
        version,
      });
    }
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda_item.postponed",
      entityType: "agenda_item",
      entityId: item.id,
      data: { meetingId: meeting.id, targetMeetingId: target.id, newItemId: added.id, version },
    });
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda_item.continued",
      entityType: "agenda_item",
      entityId: added.id,
      data: { meetingId: target.id, previousItemId: item.id, continuation: "postponed" },
    });
    // The new item waits for a supplement; the closing items after it are numbered anew.
    await refreshPublicView(tx, {
      kind: "item_added",
      meetingIds: [target.id],
      actorId: principal.user.id,
      detail: { itemIds: [added.id], continuation: "postponed" },
    });
    return { item, text: rich.text, version, newItemId: added.id };
  });
  meetingEvents.publish(input.meetingId, {
    type: "decision",
    itemId: result.item.id,
    number: result.item.number,
    title: result.item.title,
    outcome: "postponed",
    outcomeLabel: webMessages.outcome.postponed,
    text: result.text,
    version: result.version,
  });
  return { newItemId: result.newItemId };
}
