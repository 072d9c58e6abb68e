import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { agendaItems, cases, committees, meetings, standingItems } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { formatShortDate } from "../../web/format-date.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { setCaseStatus } from "../case/set-case-status.ts";
import { DomainError } from "../domain-error.ts";
import { statusesOf } from "../meeting/meeting-lifecycle.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { loadAgendaMeeting } from "./load-agenda-meeting.ts";
import { relayoutAgenda } from "./relayout-agenda.ts";

const e = agendaMessages.assemblyErrors;

/**
 * Where new items go: after the last item that is not a standing one, so the closing standing
 * items ("Eventuelt") stay last. On an agenda of standing items only, after those placed first.
 */
export async function insertionPosition(
  tx: Tx,
  meeting: { id: number; committeeId: number },
): Promise<number> {
  const items = await tx
    .select({ position: agendaItems.position, standing: agendaItems.standing })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id))
    .orderBy(asc(agendaItems.position));
  const lastOwn = items.findLastIndex((i) => !i.standing);
  let index: number;
  if (lastOwn >= 0) index = lastOwn + 1;
  else {
    const first = await tx
      .select({ id: standingItems.id })
      .from(standingItems)
      .where(
        and(
          eq(standingItems.committeeId, meeting.committeeId),
          eq(standingItems.placement, "first"),
        ),
      );
    index = Math.min(first.length, items.length);
  }
  return index;
}

/** The meeting's item ids in agenda order. */
export async function currentOrder(tx: Tx, meetingId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
  return rows.map((r) => r.id);
}

/**
 * The secretary pulls approved cases of the committee onto a meeting's agenda: each becomes
 * an item (title, purpose, journal number, openness, estimate copied from the case) before the
 * closing standing items, and the case is scheduled. A case that is not approved, belongs to
 * another committee or already stands on a meeting not yet held is refused with a Danish
 * message; nothing is written then. Added after publication, items wait for a supplement.
 */
export async function addCasesToAgenda(
  db: Db,
  principal: Principal,
  input: { meetingId: number; caseIds: number[] },
): Promise<{ itemIds: number[] }> {
  const ids = [...new Set(input.caseIds)].filter(isRowId);
  if (ids.length === 0) throw new DomainError("invalid", e.noCaseChosen, [e.noCaseChosen]);
  return db.transaction(async (tx) => {
    const meeting = await loadAgendaMeeting(tx, principal, input.meetingId, "assemble");
    const rows = await tx
      .select()
      .from(cases)
      .where(and(inArray(cases.id, ids), eq(cases.organisationId, meeting.organisationId)))
      .orderBy(asc(cases.id))
      .for("update");
    if (rows.length !== ids.length) throw new DomainError("not_found", agendaMessages.caseNotFound);
    const elsewhere = await tx
      .select({
        caseId: agendaItems.caseId,
        meetingId: meetings.id,
        startsAt: meetings.startsAt,
        committee: committees.name,
      })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(
        and(
          inArray(agendaItems.caseId, ids),
          inArray(meetings.status, statusesOf("open")),
          isNull(agendaItems.withdrawnAt),
        ),
      );
    const problems: string[] = [];
    const byInput = ids.map((id) => rows.find((r) => r.id === id)).filter((r) => r !== undefined);
    for (const kase of byInput) {
      const on = elsewhere.find((x) => x.caseId === kase.id);
      if (on && on.meetingId === meeting.id) problems.push(e.caseAlreadyHere(kase.title));
      else if (on) {
        problems.push(e.caseOnOtherMeeting(kase.title, on.committee, formatShortDate(on.startsAt)));
      } else if (kase.committeeId !== meeting.committeeId) {
        problems.push(e.caseOtherCommittee(kase.title));
      } else if (kase.status !== "approved") problems.push(e.caseNotApproved(kase.title));
    }
    if (problems.length > 0) {
      throw new DomainError("conflict", problems.join(" "), problems);
    }
    const order = await currentOrder(tx, meeting.id);
    const at = await insertionPosition(tx, meeting);
    const inserted = await tx
      .insert(agendaItems)
      .values(
        byInput.map((kase, i) => ({
          organisationId: meeting.organisationId,
          meetingId: meeting.id,
          caseId: kase.id,
          // Temporary places below every real one; relayout gives the final ones.
          position: -200_000 - i,
          number: 0,
          title: kase.title,
          purpose: kase.purpose,
          journalNumber: kase.journalNumber,
          closed: kase.closed,
          closureReason: kase.closureReason,
          openDecision: kase.openDecision,
          durationMinutes: kase.durationMinutes,
        })),
      )
      .returning({ id: agendaItems.id, caseId: agendaItems.caseId });
    const newIds = inserted.map((r) => r.id);
    order.splice(at, 0, ...newIds);
    await relayoutAgenda(tx, meeting, principal.user.id, order);
    for (const kase of byInput) {
      const result = await setCaseStatus(tx, kase, "scheduled");
      const item = inserted.find((r) => r.caseId === kase.id);
      await recordAudit(tx, {
        organisationId: meeting.organisationId,
        actorId: principal.user.id,
        action: "agenda.item_added",
        entityType: "agenda_item",
        entityId: item?.id ?? null,
        data: { meetingId: meeting.id, caseId: kase.id, caseVersion: result.version },
      });
    }
    // New items wait for a supplement, but the items after them are numbered anew.
    await refreshPublicView(tx, {
      kind: "item_added",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
      detail: { itemIds: newIds },
    });
    return { itemIds: newIds };
  });
}
