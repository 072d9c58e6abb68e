import { and, asc, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import {
  meetingParticipants,
  meetings,
  persons,
  rosterMemberships,
} from "../../db/schema/index.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import { canViewCommittee, type Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { participantIsUser } from "../meeting/participant-of-user.ts";
import type { MeetingRow } from "../meeting-mode/load-recordable-meeting.ts";
import { canTakeMinutes, isRecordable } from "../meeting-mode/meeting-mode.policy.ts";

const e = roomMessages.errors;

export type ParticipantRow = typeof meetingParticipants.$inferSelect;

/** The meeting's participant rows that are the principal: linked to their user or person. */
async function participantsOf(db: Db | Tx, principal: Principal, meetingId: number) {
  const rows = await db
    .select({ p: meetingParticipants })
    .from(meetingParticipants)
    .leftJoin(persons, eq(persons.id, meetingParticipants.personId))
    .where(and(eq(meetingParticipants.meetingId, meetingId), participantIsUser(principal.user.id)))
    .orderBy(asc(meetingParticipants.position));
  return rows.map((r) => r.p);
}

/** True when the principal sits in the meeting as the roster's formand on its date. */
async function isRosterChair(db: Db | Tx, principal: Principal, meeting: MeetingRow) {
  const date = meeting.startsAt.slice(0, 10);
  const [row] = await db
    .select({ id: meetingParticipants.id })
    .from(meetingParticipants)
    .innerJoin(persons, eq(persons.id, meetingParticipants.personId))
    .innerJoin(
      rosterMemberships,
      and(
        eq(rosterMemberships.personId, persons.id),
        eq(rosterMemberships.committeeId, meeting.committeeId),
        eq(rosterMemberships.role, "chair"),
        lte(rosterMemberships.startsOn, date),
        or(isNull(rosterMemberships.endsOn), gte(rosterMemberships.endsOn, date)),
      ),
    )
    .where(and(eq(meetingParticipants.meetingId, meeting.id), participantIsUser(principal.user.id)))
    .limit(1);
  return row !== undefined;
}

/** The meeting if the principal may see it; `lock` takes the row for the transaction. */
async function loadVisibleMeeting(
  db: Db | Tx,
  principal: Principal,
  meetingId: number,
  lock: boolean,
): Promise<MeetingRow> {
  if (!isRowId(meetingId)) throw new DomainError("not_found", e.meetingNotFound);
  const query = db.select().from(meetings).where(eq(meetings.id, meetingId));
  const [meeting] = lock ? await query.for("update") : await query;
  const committee = meeting && { id: meeting.committeeId, organisationId: meeting.organisationId };
  if (!meeting || !committee || !canViewCommittee(principal, committee)) {
    throw new DomainError("not_found", e.meetingNotFound);
  }
  return meeting;
}

/** Whether the principal chairs the room: the minute taker's rule, or the roster's formand. */
export async function canChairRoom(
  db: Db | Tx,
  principal: Principal,
  meeting: MeetingRow,
): Promise<boolean> {
  const committee = { id: meeting.committeeId, organisationId: meeting.organisationId };
  return canTakeMinutes(principal, committee) || (await isRosterChair(db, principal, meeting));
}

/**
 * The meeting, locked, for a change by its chair (opening a vote, the speaker list). The room
 * is open while the record of the meeting may change (agenda out, or held).
 */
export async function loadRoomAsChair(
  tx: Tx,
  principal: Principal,
  meetingId: number,
): Promise<MeetingRow> {
  const meeting = await loadVisibleMeeting(tx, principal, meetingId, true);
  if (!(await canChairRoom(tx, principal, meeting)))
    throw new DomainError("forbidden", e.forbidden);
  if (!isRecordable(meeting.status)) throw new DomainError("conflict", e.notOpenForRoom);
  return meeting;
}

/** The meeting, locked, and the principal's own participant row, for a member's own action. */
export async function loadRoomAsMember(
  tx: Tx,
  principal: Principal,
  meetingId: number,
): Promise<{ meeting: MeetingRow; participant: ParticipantRow }> {
  const meeting = await loadVisibleMeeting(tx, principal, meetingId, true);
  const [participant] = await participantsOf(tx, principal, meeting.id);
  if (!participant) throw new DomainError("forbidden", e.notParticipant);
  if (!isRecordable(meeting.status)) throw new DomainError("conflict", e.notOpenForRoom);
  return { meeting, participant };
}

/** For the pages: the meeting's participant that is the principal, and whether they chair. */
export async function roomRoleOf(db: Db | Tx, principal: Principal, meetingId: number) {
  const meeting = await loadVisibleMeeting(db, principal, meetingId, false);
  const [participant] = await participantsOf(db, principal, meeting.id);
  return {
    meeting,
    participant: participant ?? null,
    chair: await canChairRoom(db, principal, meeting),
  };
}
