import { inArray } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { persons } from "../../db/schema/index.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { hasSentApologies } from "../meeting-room/presence.ts";

/** A member of the meeting as the sign-off (§13) and members' protokoltilførsel know them. */
export interface MinutesSigner {
  participantId: number;
  name: string;
  party: string | null;
  /** The user who signs for the participant: their own, or their roster person's. */
  userId: number | null;
  /** Afbud for the whole meeting: took no part, so neither signs nor adds a note. */
  absent: boolean;
}

/** »Anne Hansen (A)«: a member's name with their party, as the minutes print it. */
export const signerLabel = (s: { name: string; party: string | null }) =>
  s.party ? signoffMessages.document.withParty(s.name, s.party) : s.name;

/**
 * The meeting's members (participants who are not guests), each with the user linked to them
 * (participant.userId, else the roster person's userId) and whether they were absent from the
 * whole meeting (the attendance rule of the minutes). Those not absent took part and sign.
 */
export async function listMinutesSigners(
  db: Db | Tx,
  meeting: Pick<FullMeeting, "participants">,
): Promise<MinutesSigner[]> {
  const members = meeting.participants.filter((p) => !p.guest);
  const personIds = members.flatMap((p) => (p.personId ? [p.personId] : []));
  const people =
    personIds.length === 0
      ? []
      : await db
          .select({ id: persons.id, userId: persons.userId })
          .from(persons)
          .where(inArray(persons.id, personIds));
  const userOfPerson = new Map(people.map((x) => [x.id, x.userId]));
  return members.map((p) => ({
    participantId: p.id,
    name: p.name,
    party: p.party ?? null,
    userId: p.userId ?? (p.personId ? (userOfPerson.get(p.personId) ?? null) : null),
    absent: hasSentApologies(p),
  }));
}

/**
 * The user's place among the signers: the first participant linked to them who took part, or
 * why they have none ("none": not a member of the meeting, "absent": afbud for all of it).
 */
export function signerFor(
  signers: MinutesSigner[],
  userId: number,
): MinutesSigner | "none" | "absent" {
  const mine = signers.filter((s) => s.userId === userId);
  if (mine.length === 0) return "none";
  return mine.find((s) => !s.absent) ?? "absent";
}
