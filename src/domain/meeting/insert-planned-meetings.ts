import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { committees, meetingParticipants, meetings } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { formatShortDate } from "../../web/format-date.ts";
import { insertStandingItems } from "../agenda/insert-standing-items.ts";
import { relayoutAgenda } from "../agenda/relayout-agenda.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import type { Invitee } from "./list-invitees.ts";
import type { ValidPlan } from "./plan-meeting-input.ts";

const e = agendaMessages.planErrors;

/** A meeting without an end time is taken to last two hours when checking a room. */
const endOf = sql`coalesce(${meetings.endsAt}, ${meetings.startsAt} + interval '2 hours')`;

/**
 * Inserts one planned meeting per date, each with its participants (the committee's invitees
 * on that date, then guests) and the committee's standing items, and audits each. A date whose room
 * is already booked by an overlapping meeting stops everything with a Danish message naming
 * every clash. Runs inside the caller's transaction.
 */
export async function insertPlannedMeetings(
  tx: Tx,
  actorId: number,
  committee: { id: number; organisationId: number },
  plan: ValidPlan,
  dates: string[],
  invitees: Map<string, Invitee[]>,
  seriesId: string | null,
): Promise<number[]> {
  // Two secretaries booking the same room at once wait for each other.
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`room:${committee.organisationId}:${plan.location.toLowerCase()}`}))`,
  );
  const clashes: string[] = [];
  for (const date of dates) {
    const startsAt = `${date} ${plan.start}:00`;
    const endsAt = `${date} ${plan.end}:00`;
    const found = await tx
      .select({ startsAt: meetings.startsAt, endsAt: endOf, committee: committees.name })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(
        and(
          eq(meetings.organisationId, committee.organisationId),
          sql`lower(btrim(${meetings.location})) = ${plan.location.toLowerCase()}`,
          lt(meetings.startsAt, endsAt),
          gt(endOf, startsAt),
        ),
      );
    for (const f of found) {
      const to = String(f.endsAt).slice(11, 16);
      clashes.push(
        e.overlapOne(f.committee, formatShortDate(f.startsAt), f.startsAt.slice(11, 16), to),
      );
    }
  }
  if (clashes.length > 0) {
    const message = e.overlap(plan.location, clashes.join("; "));
    throw new DomainError("conflict", message, [message]);
  }
  const ids: number[] = [];
  for (const date of dates) {
    const [meeting] = await tx
      .insert(meetings)
      .values({
        organisationId: committee.organisationId,
        committeeId: committee.id,
        startsAt: `${date} ${plan.start}:00`,
        endsAt: `${date} ${plan.end}:00`,
        location: plan.location,
        status: "planned",
        seriesId,
      })
      .returning();
    if (!meeting) throw new Error("meeting not inserted");
    const people = [
      ...(invitees.get(date) ?? []).map((p) => ({ ...p, guest: false })),
      ...plan.guests.map((g) => ({
        userId: null,
        personId: null,
        name: g.name,
        title: g.title,
        guest: true,
      })),
    ];
    if (people.length > 0) {
      await tx
        .insert(meetingParticipants)
        .values(people.map((p, position) => ({ ...p, meetingId: meeting.id, position })));
    }
    await insertStandingItems(tx, meeting);
    await relayoutAgenda(tx, meeting, null);
    await recordAudit(tx, {
      organisationId: committee.organisationId,
      actorId,
      action: "meeting.planned",
      entityType: "meeting",
      entityId: meeting.id,
      data: {
        committeeId: committee.id,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        location: meeting.location,
        seriesId,
        participants: people.length,
      },
    });
    ids.push(meeting.id);
  }
  return ids;
}
