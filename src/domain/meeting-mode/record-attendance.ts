import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { agendaItems, attendance, meetingParticipants } from "../../db/schema/index.ts";
import { meetingModeMessages } from "../../i18n/da/meeting-mode.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError, invalidField } from "../domain-error.ts";
import { publishRoomState } from "../meeting-room/publish-room-state.ts";
import { loadMeetingForMinutes } from "./load-recordable-meeting.ts";
import { meetingEvents } from "./meeting-events.ts";

const e = minutesMessages.errors;
const se = meetingModeMessages.errors;

type Entry = z.output<typeof entrySchema>;
type ParticipantRow = typeof meetingParticipants.$inferSelect;

/**
 * Checks the substitutes the entries name: each stands in for an invited member (not a guest,
 * not a substitute, not themself) who is absent (afbud) once the entries are written, and no
 * member has two substitutes.
 */
function checkSubstitutes(
  entries: Entry[],
  participants: ParticipantRow[],
  storedAbsent: Set<number>,
): void {
  const absentAfter = new Set(storedAbsent);
  for (const x of entries) {
    if (x.presence === "absent") absentAfter.add(x.participantId);
    else absentAfter.delete(x.participantId);
  }
  const coverOf = new Map(participants.map((p) => [p.id, p.substituteForId]));
  for (const x of entries) {
    if (x.substituteForId !== undefined) coverOf.set(x.participantId, x.substituteForId);
  }
  const covered = new Set<number>();
  for (const [participantId, memberId] of coverOf) {
    if (memberId === null || memberId === undefined) continue;
    const member = participants.find((p) => p.id === memberId);
    if (memberId === participantId) throw new DomainError("invalid", se.substituteForSelf);
    if (!member || member.guest || coverOf.get(member.id)) {
      throw new DomainError("invalid", se.substituteForNonMember);
    }
    if (!absentAfter.has(member.id)) {
      throw new DomainError("conflict", se.substituteForPresent(member.name));
    }
    if (covered.has(member.id)) throw new DomainError("conflict", se.substituteTaken(member.name));
    covered.add(member.id);
  }
}

const entrySchema = z.object({
  participantId: z.number().int(),
  presence: z.enum(["present", "absent"], { error: e.badAttendance }),
  /** Arrived late: present from this item on. */
  lateFromItemId: z.number().int().nullable(),
  /** Left early: absent from this item on. */
  leftBeforeItemId: z.number().int().nullable(),
  note: z.string().trim().max(500, e.textTooLong("Bemærkningen", 500)),
  /** »Vis i referatet«: the minutes print the note. */
  showInMinutes: z.boolean().default(false),
  /** The member this participant stands in for; undefined leaves it as it is. */
  substituteForId: z.number().int().nullable().optional(),
});

export type AttendanceEntry = z.input<typeof entrySchema>;

/**
 * Records who attended: per participant present or absent (afbud) for the whole meeting, and
 * the item from which a late arrival took part or before which someone left. Every entry is
 * written or none; each participant's change is audited.
 */
export async function recordAttendance(
  db: Db,
  principal: Principal,
  input: { meetingId: number; entries: AttendanceEntry[] },
): Promise<void> {
  const entries = input.entries.map((raw) => {
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      throw new DomainError("invalid", parsed.error.issues[0]?.message ?? e.badAttendance);
    }
    return parsed.data;
  });
  await db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId);
    const participants = await tx
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meeting.id));
    const items = await tx
      .select({ id: agendaItems.id, position: agendaItems.position })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meeting.id));
    const positionOf = new Map(items.map((i) => [i.id, i.position]));
    const known = new Set(participants.map((p) => p.id));
    for (const entry of entries) {
      if (!known.has(entry.participantId)) {
        throw new DomainError("not_found", e.participantNotFound);
      }
      for (const id of [entry.lateFromItemId, entry.leftBeforeItemId]) {
        if (id !== null && !positionOf.has(id)) throw new DomainError("invalid", e.itemNotFound);
      }
      const name = participants.find((p) => p.id === entry.participantId)?.name ?? "";
      if (entry.presence === "absent" && (entry.lateFromItemId || entry.leftBeforeItemId)) {
        throw invalidField(`presence-${entry.participantId}`, e.absentWithItems(name));
      }
      const from = entry.lateFromItemId === null ? null : positionOf.get(entry.lateFromItemId);
      const until = entry.leftBeforeItemId === null ? null : positionOf.get(entry.leftBeforeItemId);
      if (from != null && until != null && until <= from) {
        throw invalidField(`left-${entry.participantId}`, e.lateAndEarlyOrder(name));
      }
    }
    const ids = entries.map((x) => x.participantId);
    if (ids.length === 0) return;
    const storedAbsent = await tx
      .select({ participantId: attendance.participantId })
      .from(attendance)
      .where(and(eq(attendance.meetingId, meeting.id), eq(attendance.status, "absent")));
    checkSubstitutes(entries, participants, new Set(storedAbsent.map((r) => r.participantId)));
    for (const x of entries) {
      if (x.substituteForId === undefined) continue;
      await tx
        .update(meetingParticipants)
        .set({ substituteForId: x.substituteForId })
        .where(eq(meetingParticipants.id, x.participantId));
    }
    await tx
      .delete(attendance)
      .where(and(eq(attendance.meetingId, meeting.id), inArray(attendance.participantId, ids)));
    const rows = entries.flatMap((x) => {
      const note = x.note || null;
      const showInMinutes = note !== null && x.showInMinutes;
      const base = { meetingId: meeting.id, participantId: x.participantId, showInMinutes };
      const partial = x.lateFromItemId !== null || x.leftBeforeItemId !== null;
      return [
        {
          ...base,
          status: x.presence,
          agendaItemId: null,
          // The note sits on the late/early rows when there are any, else on this one.
          note: partial ? null : note,
          showInMinutes: partial ? false : showInMinutes,
        },
        ...(x.lateFromItemId === null
          ? []
          : [{ ...base, status: "arrived_late" as const, agendaItemId: x.lateFromItemId, note }]),
        ...(x.leftBeforeItemId === null
          ? []
          : [{ ...base, status: "left_early" as const, agendaItemId: x.leftBeforeItemId, note }]),
      ];
    });
    await tx.insert(attendance).values(rows);
    for (const x of entries) {
      await recordAudit(tx, {
        organisationId: meeting.organisationId,
        actorId: principal.user.id,
        action: "attendance.recorded",
        entityType: "meeting_participant",
        entityId: x.participantId,
        data: {
          meetingId: meeting.id,
          presence: x.presence,
          lateFromItemId: x.lateFromItemId,
          leftBeforeItemId: x.leftBeforeItemId,
          showInMinutes: x.showInMinutes,
          ...(x.substituteForId === undefined ? {} : { substituteForId: x.substituteForId }),
        },
      });
    }
  });
  meetingEvents.publish(input.meetingId, { type: "record", itemId: null, what: "attendance" });
  await publishRoomState(db, input.meetingId);
}
