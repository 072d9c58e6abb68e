import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { agendaItems, committees, meetings, standingItems } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { DomainError } from "../domain-error.ts";
import { statusesOf } from "../meeting/meeting-lifecycle.ts";
import type { AgendaItemRow, MeetingRow } from "./load-recordable-meeting.ts";

const e = minutesMessages.errors;

export type TargetMeeting = MeetingRow & { committeeName: string };

/** The meeting a case is moved to, locked; it must be later than `from` and not yet held. */
export async function loadTargetMeeting(
  tx: Tx,
  from: MeetingRow,
  targetId: number,
): Promise<TargetMeeting> {
  const [row] = await tx
    .select({ meeting: meetings, committeeName: committees.name })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(
      and(
        eq(meetings.id, targetId),
        eq(meetings.organisationId, from.organisationId),
        inArray(meetings.status, statusesOf("open")),
      ),
    )
    .for("update", { of: meetings });
  if (!row || row.meeting.startsAt <= from.startsAt) {
    throw new DomainError("invalid", e.targetMeeting);
  }
  return { ...row.meeting, committeeName: row.committeeName };
}

/**
 * Puts the case of `item` on `target` as a new item continuing it (postponed or forwarded):
 * after the target's other items but before its closing standing items ("Eventuelt"), which
 * move down one place. The case must not already be on the target meeting.
 */
export async function appendContinuation(
  tx: Tx,
  item: AgendaItemRow,
  target: MeetingRow,
  continuation: "postponed" | "forwarded",
): Promise<AgendaItemRow> {
  if (item.caseId === null) throw new DomainError("invalid", e.noCase);
  const existing = await tx
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, target.id))
    .orderBy(asc(agendaItems.position));
  if (existing.some((x) => x.caseId === item.caseId)) {
    throw new DomainError("conflict", e.caseAlreadyThere);
  }
  // The closing standing items: those at the end that are not among the committee's opening ones.
  const opening = await tx
    .select({ title: standingItems.title })
    .from(standingItems)
    .where(
      and(eq(standingItems.committeeId, target.committeeId), eq(standingItems.placement, "first")),
    );
  const openingTitles = new Set(opening.map((o) => o.title.trim().toLowerCase()));
  const closing = (x: AgendaItemRow | undefined) =>
    x?.standing === true && !openingTitles.has(x.title.trim().toLowerCase());
  let cut = existing.length;
  while (cut > 0 && closing(existing[cut - 1])) cut--;
  // Without settings an agenda of standing items only opens with its first one.
  if (cut === 0 && openingTitles.size === 0 && existing.length > 1) cut = 1;
  const trailing = existing.slice(cut);
  const before = existing[cut - 1];
  const position = trailing[0]?.position ?? (before ? before.position + 1 : 0);
  const number = before ? before.number + 1 : 1;
  if (trailing.length > 0) {
    const ids = trailing.map((x) => x.id);
    // Positions are unique per meeting: park the moving rows on negative ones first.
    await tx
      .update(agendaItems)
      .set({ position: sql`-1 - ${agendaItems.position}` })
      .where(inArray(agendaItems.id, ids));
    await tx
      .update(agendaItems)
      .set({
        position: sql`-${agendaItems.position}`,
        number: sql`${agendaItems.number} + 1`,
        updatedAt: sql`now()`,
      })
      .where(inArray(agendaItems.id, ids));
  }
  const [row] = await tx
    .insert(agendaItems)
    .values({
      organisationId: item.organisationId,
      meetingId: target.id,
      caseId: item.caseId,
      position,
      number,
      title: item.title,
      purpose: item.purpose,
      journalNumber: item.journalNumber,
      closed: item.closed,
      closureReason: item.closureReason,
      openDecision: item.openDecision,
      durationMinutes: item.durationMinutes,
      previousItemId: item.id,
      continuation,
    })
    .returning();
  if (!row) throw new Error("continuation not inserted");
  return row;
}

/** True when the item was already continued on another meeting. */
export async function isContinued(tx: Tx, itemId: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(eq(agendaItems.previousItemId, itemId))
    .limit(1);
  return row !== undefined;
}
