import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { meetingParticipants, meetings } from "../../db/schema/index.ts";
import { listRosterOn } from "../roster/list-roster.ts";
import { inviteeOf } from "./list-invitees.ts";
import { statusesOf } from "./meeting-lifecycle.ts";

/**
 * A person who joins a committee's roster is invited to its meetings not yet held, whose date
 * their membership covers, as planning them would have: otherwise the quorum counts a seat that
 * the attendance cannot list. A meeting whose room has started keeps its participants. Runs
 * inside the caller's transaction; answers the meetings they were invited to.
 */
export async function inviteToComingMeetings(
  tx: Tx,
  committee: { id: number; kind?: string },
  personId: number,
): Promise<number[]> {
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
  const invited: number[] = [];
  for (const meeting of coming) {
    const entry = (await listRosterOn(tx, committee.id, meeting.startsAt.slice(0, 10))).find(
      (p) => p.personId === personId,
    );
    if (!entry) continue;
    const present = await tx
      .select({
        position: meetingParticipants.position,
        personId: meetingParticipants.personId,
        userId: meetingParticipants.userId,
      })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meeting.id));
    const there = (p: (typeof present)[number]) =>
      p.personId === personId || (entry.userId !== null && p.userId === entry.userId);
    if (present.some(there)) continue;
    await tx.insert(meetingParticipants).values({
      ...inviteeOf(entry, committee),
      meetingId: meeting.id,
      position: Math.max(-1, ...present.map((p) => p.position)) + 1,
    });
    invited.push(meeting.id);
  }
  return invited;
}
