import { and, eq, max } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { attendance, committees, meetingParticipants, persons } from "../../db/schema/index.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { inviteeOf } from "../meeting/list-invitees.ts";
import { loadMeetingForMinutes } from "../meeting-mode/load-recordable-meeting.ts";
import { recordingRefusal } from "../meeting-mode/meeting-mode.policy.ts";
import { listRosterOn } from "./list-roster.ts";

const m = rosterMessages.meeting;

/**
 * Calls a substitute (stedfortræder) in for a member invited to a meeting: the person must be a
 * substitute on the committee's roster on the meeting's date, and the member not recorded as
 * present (then 409). The member is recorded as absent (afbud) unless their attendance is
 * already recorded; the substitute joins the participants naming the member they stand in for.
 */
export async function addSubstitute(
  db: Db,
  principal: Principal,
  input: { meetingId: number; personId: number; forParticipantId: number },
): Promise<{ participantId: number }> {
  return db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId, {
      recording: false,
    });
    // Before the agenda goes out too; once the minutes are published, never.
    const refusal = meeting.status === "planned" ? null : recordingRefusal(meeting.status);
    if (refusal) throw refusal;
    const participants = await tx
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meeting.id));
    const member = participants.find(
      (p) => p.id === input.forParticipantId && !p.guest && p.substituteForId === null,
    );
    if (!isRowId(input.forParticipantId)) {
      throw new DomainError("invalid", m.chooseMember, [m.chooseMember]);
    }
    if (!member) {
      throw new DomainError("not_found", m.memberNotFound, [m.memberNotFound]);
    }
    const date = meeting.startsAt.slice(0, 10);
    const substitutes = await listRosterOn(tx, meeting.committeeId, date, ["substitute"]);
    const substitute = substitutes.find((s) => s.personId === input.personId);
    if (!substitute) throw new DomainError("invalid", m.notSubstitute, [m.notSubstitute]);
    const recorded = await tx
      .select({ status: attendance.status })
      .from(attendance)
      .where(and(eq(attendance.meetingId, meeting.id), eq(attendance.participantId, member.id)));
    if (recorded.some((r) => r.status !== "absent")) {
      const message = m.memberPresent(member.name);
      throw new DomainError("conflict", message, [message]);
    }
    if (participants.some((p) => p.personId === substitute.personId)) {
      const message = m.alreadyInvited(substitute.name);
      throw new DomainError("conflict", message, [message]);
    }
    if (participants.some((p) => p.substituteForId === member.id)) {
      const message = m.alreadyCovered(member.name);
      throw new DomainError("conflict", message, [message]);
    }
    if (recorded.length === 0) {
      await tx
        .insert(attendance)
        .values({ meetingId: meeting.id, participantId: member.id, status: "absent" });
    }
    const [last] = await tx
      .select({ n: max(meetingParticipants.position) })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meeting.id));
    const [person] = await tx.select().from(persons).where(eq(persons.id, substitute.personId));
    const [committee] = await tx
      .select({ kind: committees.kind })
      .from(committees)
      .where(eq(committees.id, meeting.committeeId));
    const [row] = await tx
      .insert(meetingParticipants)
      .values({
        meetingId: meeting.id,
        position: (last?.n ?? -1) + 1,
        name: substitute.name,
        // As the members are invited: »A« or »Borgmester, A« in a political committee.
        title: inviteeOf(substitute, committee ?? {}).title,
        userId: person?.userId ?? null,
        personId: substitute.personId,
        substituteForId: member.id,
      })
      .returning({ id: meetingParticipants.id });
    if (!row) throw new Error("participant not inserted");
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "meeting.substitute_added",
      entityType: "meeting",
      entityId: meeting.id,
      data: { participantId: row.id, personId: substitute.personId, forParticipantId: member.id },
    });
    return { participantId: row.id };
  });
}
