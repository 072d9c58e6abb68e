import type { Db } from "../../db/client.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { formatShortDate } from "../../web/format-date.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError, invalidField } from "../domain-error.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { appendContinuation, isContinued, loadTargetMeeting } from "./append-continuation.ts";
import { endItem } from "./end-item.ts";
import { loadItemOf, loadMeetingForMinutes } from "./load-recordable-meeting.ts";
import { announceDecision, writeDecision } from "./write-decision.ts";

const e = minutesMessages.errors;
const MAX_REASON = 1000;

/** The reason trimmed, one line, ending as a sentence does (a full stop added when it lacks one). */
function asSentence(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one === "" || /[.!?…»”")]$/u.test(one) ? one : `${one}.`;
}

/**
 * "Udsat": the item's case moves to a later meeting of the same committee. The item keeps a
 * decision with outcome postponed ("Punktet blev udsat til Økonomiudvalgets møde den …"), the later
 * meeting gets a new item continuing it, and both appearances stay in the case's history.
 */
export async function postponeItem(
  db: Db,
  principal: Principal,
  /**
   * version: the item's decision version the minute taker saw (0 for none); reason: why, as
   * the minute taker wrote it, for the decision after its first sentence.
   */
  input: {
    meetingId: number;
    itemId: number;
    targetMeetingId: number;
    version: number;
    reason?: string;
  },
): Promise<{ newItemId: number }> {
  const reason = asSentence(input.reason ?? "");
  if (reason.length > MAX_REASON) {
    throw invalidField("reason", e.textTooLong("Begrundelsen", MAX_REASON));
  }
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
      reason,
    );
    const written = await writeDecision(tx, {
      organisationId: meeting.organisationId,
      item,
      actorId: principal.user.id,
      expectedVersion: input.version,
      outcome: "postponed",
      text: wording,
    });
    const { version } = written;
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
    return { written, newItemId: added.id, wasCurrent: meeting.currentItemId === item.id };
  });
  announceDecision(input.meetingId, result.written);
  // Postponed while it was being dealt with: the meeting leaves it, as after »Afslut punktet«.
  if (result.wasCurrent) await endItem(db, principal, input);
  return { newItemId: result.newItemId };
}
