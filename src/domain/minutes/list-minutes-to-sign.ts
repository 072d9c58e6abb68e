import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetingParticipants, meetings, minutesSignoffs, persons } from "../../db/schema/index.ts";
import { canViewCommittee, type Principal } from "../access/access.policy.ts";
import { getMeetings } from "../meeting/get-meetings.ts";
import { inPhase, statusesOf } from "../meeting/meeting-lifecycle.ts";
import { participantIsUser } from "../meeting/participant-of-user.ts";
import { listMinutesSigners, signerFor } from "./minutes-signers.ts";

/** Published minutes the user took part in and has not approved yet (their dashboard). */
export interface MinutesToSign {
  meetingId: number;
  committeeName: string;
  startsAt: string;
}

export async function listMinutesToSign(db: Db, principal: Principal): Promise<MinutesToSign[]> {
  const userId = principal.user.id;
  const candidates = await db
    .selectDistinct({ id: meetings.id })
    .from(meetings)
    .innerJoin(meetingParticipants, eq(meetingParticipants.meetingId, meetings.id))
    .leftJoin(persons, eq(persons.id, meetingParticipants.personId))
    .where(
      and(
        eq(meetings.organisationId, principal.user.organisationId),
        inArray(meetings.status, statusesOf("minutesOut")),
        eq(meetingParticipants.guest, false),
        participantIsUser(userId),
      ),
    );
  if (candidates.length === 0) return [];
  const ids = candidates.map((x) => x.id);
  const signed = new Set(
    (
      await db
        .select({ participantId: minutesSignoffs.participantId })
        .from(minutesSignoffs)
        .where(inArray(minutesSignoffs.meetingId, ids))
    ).map((r) => r.participantId),
  );
  const out: MinutesToSign[] = [];
  for (const meeting of await getMeetings(db, ids)) {
    if (inPhase("locked", meeting.status) || !canViewCommittee(principal, meeting.committee)) {
      continue;
    }
    const signer = signerFor(await listMinutesSigners(db, meeting), userId);
    if (typeof signer === "string" || signed.has(signer.participantId)) continue;
    out.push({
      meetingId: meeting.id,
      committeeName: meeting.committee.name,
      startsAt: meeting.startsAt,
    });
  }
  return out.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
