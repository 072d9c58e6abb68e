import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { agendaItems, meetings } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { canViewCommittee, type Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { canTakeMinutes, recordingRefusal } from "./meeting-mode.policy.ts";

const e = minutesMessages.errors;

export type MeetingRow = typeof meetings.$inferSelect;
export type AgendaItemRow = typeof agendaItems.$inferSelect;

/**
 * The meeting, locked for the transaction, when the principal may take its minutes.
 * Unknown meetings and meetings of committees the principal cannot see are "not found";
 * `recording` also refuses statuses in which the record may not change.
 */
export async function loadMeetingForMinutes(
  tx: Db | Tx,
  principal: Principal,
  meetingId: number,
  options: { recording?: boolean; lock?: boolean } = {},
): Promise<MeetingRow> {
  if (!isRowId(meetingId)) throw new DomainError("not_found", e.meetingNotFound);
  const query = tx.select().from(meetings).where(eq(meetings.id, meetingId));
  const [meeting] = options.lock === false ? await query : await query.for("update");
  const committee = meeting && { id: meeting.committeeId, organisationId: meeting.organisationId };
  if (!meeting || !committee || !canViewCommittee(principal, committee)) {
    throw new DomainError("not_found", e.meetingNotFound);
  }
  if (!canTakeMinutes(principal, committee)) throw new DomainError("forbidden", e.forbidden);
  if (options.recording !== false) {
    const refusal = recordingRefusal(meeting.status);
    if (refusal) throw refusal;
  }
  return meeting;
}

/** An item of the meeting that can have a record: a Danish 404 when missing, 409 when withdrawn. */
export async function loadItemOf(
  tx: Db | Tx,
  meetingId: number,
  itemId: number,
): Promise<AgendaItemRow> {
  if (!isRowId(itemId)) throw new DomainError("not_found", e.itemNotFound);
  const [item] = await tx
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)));
  if (!item) throw new DomainError("not_found", e.itemNotFound);
  if (item.withdrawnAt) throw new DomainError("conflict", e.itemWithdrawn);
  return item;
}
