import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { meetingParticipants, meetings } from "../../db/schema/index.ts";
import { listRosterEntries } from "../roster/list-roster.ts";
import { covers, INVITED_ROLES } from "../roster/roster-rules.ts";
import { inviteeOf } from "./list-invitees.ts";
import { statusesOf } from "./meeting-lifecycle.ts";

/**
 * Makes one person's invitations to a committee's coming meetings follow the roster, as
 * planning them now would: invited where a membership as formand, næstformand or member covers
 * the meeting's date, no longer invited where none does (left the committee, or became a
 * substitute). Otherwise the quorum counts seats the attendance cannot list, or lists someone
 * who holds no seat. Meetings whose room has started, and a member a substitute is called in
 * for, keep their participants. Runs inside the caller's transaction.
 */
export async function syncComingMeetings(
  tx: Tx,
  committee: { id: number; kind?: string },
  personId: number,
): Promise<{ invitedTo: number[]; uninvitedFrom: number[] }> {
  const coming = await tx
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(
      and(
        eq(meetings.committeeId, committee.id),
        inArray(meetings.status, statusesOf("open")),
        eq(meetings.roomStatus, "not_started"),
      ),
    );
  // The person's memberships and the meetings' participants, each read once.
  const memberships = (await listRosterEntries(tx, committee.id)).filter(
    (x) => x.personId === personId && INVITED_ROLES.includes(x.role),
  );
  const participants =
    coming.length === 0
      ? []
      : await tx
          .select({
            id: meetingParticipants.id,
            meetingId: meetingParticipants.meetingId,
            position: meetingParticipants.position,
            personId: meetingParticipants.personId,
            userId: meetingParticipants.userId,
            guest: meetingParticipants.guest,
            substituteForId: meetingParticipants.substituteForId,
          })
          .from(meetingParticipants)
          .where(
            inArray(
              meetingParticipants.meetingId,
              coming.map((m) => m.id),
            ),
          );
  const invitedTo: number[] = [];
  const uninvitedFrom: number[] = [];
  for (const meeting of coming) {
    const entry = memberships.find((x) => covers(x, meeting.startsAt.slice(0, 10)));
    const present = participants.filter((p) => p.meetingId === meeting.id);
    if (!entry) {
      const seat = present.find((p) => p.personId === personId && !p.guest && !p.substituteForId);
      if (!seat || present.some((p) => p.substituteForId === seat.id)) continue;
      await tx.delete(meetingParticipants).where(eq(meetingParticipants.id, seat.id));
      uninvitedFrom.push(meeting.id);
      continue;
    }
    const there = (p: (typeof present)[number]) =>
      p.personId === personId || (entry.userId !== null && p.userId === entry.userId);
    if (present.some(there)) continue;
    await tx.insert(meetingParticipants).values({
      ...inviteeOf(entry, committee),
      meetingId: meeting.id,
      position: Math.max(-1, ...present.map((p) => p.position)) + 1,
    });
    invitedTo.push(meeting.id);
  }
  return { invitedTo, uninvitedFrom };
}
