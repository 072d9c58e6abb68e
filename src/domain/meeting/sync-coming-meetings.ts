import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { meetingParticipants, meetings } from "../../db/schema/index.ts";
import { listRosterOn } from "../roster/list-roster.ts";
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
  const invitedTo: number[] = [];
  const uninvitedFrom: number[] = [];
  for (const meeting of coming) {
    const entry = (await listRosterOn(tx, committee.id, meeting.startsAt.slice(0, 10))).find(
      (p) => p.personId === personId,
    );
    const present = await tx
      .select({
        id: meetingParticipants.id,
        position: meetingParticipants.position,
        personId: meetingParticipants.personId,
        userId: meetingParticipants.userId,
        guest: meetingParticipants.guest,
        substituteForId: meetingParticipants.substituteForId,
      })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meeting.id));
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
