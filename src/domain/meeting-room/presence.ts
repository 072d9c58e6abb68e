import type { FullMeeting, MeetingParticipant, VoteView } from "../meeting/meeting.types.ts";

/**
 * Who is in the room, and whether the committee may decide (Kommunestyrelsesloven §11, for
 * committees through §20). The one home of these rules: the room's state, the votes cast from
 * members' devices and the minutes all ask here.
 *
 * Attendance as the minute taker records it: afbud (absent, no item) for the whole meeting;
 * "arrived_late" at item N: there from N on; "left_early" at item N: gone from N on. A
 * participant with no record is taken to be there (nobody has sent afbud).
 */

/** Sent afbud: away from the whole meeting. */
export function hasSentApologies(p: Pick<MeetingParticipant, "attendance">): boolean {
  return p.attendance.some((a) => a.status === "absent" && a.agendaItemNumber === null);
}

/** Arrived after or left before the item numbered `itemNumber` (not counting afbud). */
export function awayDuringItem(
  p: Pick<MeetingParticipant, "attendance">,
  itemNumber: number,
): boolean {
  return p.attendance.some(
    (a) =>
      a.agendaItemNumber !== null &&
      ((a.status === "arrived_late" && itemNumber < a.agendaItemNumber) ||
        (a.status === "left_early" && itemNumber >= a.agendaItemNumber)),
  );
}

/** In the room for the item: no afbud, not away for it. Inhabilitet is not counted here. */
export function attendsItem(
  p: Pick<MeetingParticipant, "attendance">,
  itemNumber: number,
): boolean {
  return !hasSentApologies(p) && !awayDuringItem(p, itemNumber);
}

type QuorumMeeting = Pick<FullMeeting, "participants" | "items" | "seats">;

/** A voting seat of the meeting: an invited member (not a guest, not a substitute). */
export const holdsSeat = (p: MeetingParticipant): boolean => !p.guest && !p.substituteForId;

/**
 * The participants who may take part in the item: in the room, and not inhabil for it.
 * Guests are included (they are in the room) but hold no seat.
 */
export function presentAt(meeting: QuorumMeeting, itemId: number): MeetingParticipant[] {
  const item = meeting.items.find((x) => x.id === itemId);
  if (!item) return [];
  const inhabil = new Set(item.conflicts.map((x) => x.participantId));
  return meeting.participants.filter((p) => attendsItem(p, item.number) && !inhabil.has(p.id));
}

/** The participants who may vote at the item: present, not inhabil, and not guests. */
export function votersAt(meeting: QuorumMeeting, itemId: number): MeetingParticipant[] {
  return presentAt(meeting, itemId).filter((p) => !p.guest);
}

export interface Quorum {
  /** Voting members present (a substitute standing in fills the member's seat). */
  present: number;
  /** The committee's seats. */
  seats: number;
  /** At least this many must be present: half the seats, rounded up. */
  needed: number;
  quorate: boolean;
}

/** §11: a quorum is at least half the members present. Zero seats is never quorate. */
export function quorumOf(present: number, seats: number): Quorum {
  const needed = Math.ceil(seats / 2);
  return { present, seats, needed, quorate: seats > 0 && present >= needed };
}

/**
 * The quorum at an item: seats are the roster's (meeting.seats), or the invited members when
 * the committee has no roster; a seat counts as present when its member, or a substitute
 * standing in for them, is present and not inhabil.
 */
export function quorumAt(meeting: QuorumMeeting, itemId: number): Quorum {
  const here = new Set(presentAt(meeting, itemId).map((p) => p.id));
  const members = meeting.participants.filter(holdsSeat);
  const filled = members.filter(
    (m) =>
      here.has(m.id) ||
      meeting.participants.some((s) => s.substituteForId === m.id && !s.guest && here.has(s.id)),
  ).length;
  const seats = meeting.seats ?? members.length;
  return quorumOf(Math.min(filled, seats), seats);
}

/**
 * Whether the meeting's quorum can be told: attendance was taken (someone marked present) or
 * the meeting was held in the room. Minutes of imported or unrecorded meetings say nothing.
 */
export function quorumKnown(meeting: Pick<FullMeeting, "participants" | "room">): boolean {
  return (
    (meeting.room !== undefined && meeting.room.status !== "not_started") ||
    meeting.participants.some((p) => p.attendance.some((a) => a.status === "present"))
  );
}

/** The quorum at each item, as the minutes print it; null when it cannot be told. */
export function minutesQuorumAt(
  meeting: QuorumMeeting & Pick<FullMeeting, "room">,
  itemId: number,
): Quorum | null {
  return quorumKnown(meeting) ? quorumAt(meeting, itemId) : null;
}

export type VoteOutcome = "carried" | "not_carried";

export interface VoteTally {
  inFavour: number;
  against: number;
  abstaining: number;
}

/** The counts of a recorded vote: the numbers given, else the names on each side. */
export function tallyOf(v: VoteView): VoteTally {
  return {
    inFavour: v.forCount ?? v.inFavour.length,
    against: v.againstCount ?? v.against.length,
    abstaining: v.abstainCount ?? v.abstaining.length,
  };
}

/**
 * When a vote's counts add up to more than there are voters at the item (present, not
 * inhabil, not guests), that sum and that number; null when they fit, when the vote gives no
 * counts (its names may be party letters, each standing for several votes), or when attendance
 * was not taken and the number of voters cannot be told.
 */
export function excessVotes(
  meeting: QuorumMeeting & Pick<FullMeeting, "room">,
  itemId: number,
  vote: Pick<VoteView, "forCount" | "againstCount" | "abstainCount">,
): { cast: number; voters: number } | null {
  const counts = [vote.forCount, vote.againstCount, vote.abstainCount];
  if (counts.every((n) => n === null) || !quorumKnown(meeting)) return null;
  const cast = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const voters = votersAt(meeting, itemId).length;
  return cast > voters ? { cast, voters } : null;
}

export type VoteSide = "inFavour" | "against" | "abstaining";

/** What marks a party's count on a side in the grid of party votes (»inFavour:A«). */
export const partyTarget = (side: VoteSide, party: string) => `${side}:${party}`;

/** A party with its number of votes, as a vote by party is written: »A (3)«; else null. */
function partyVotes(name: string): { party: string; votes: number } | null {
  const text = name.trim();
  const open = text.lastIndexOf("(");
  if (open <= 0 || !text.endsWith(")")) return null;
  const digits = text.slice(open + 1, -1);
  const party = text.slice(0, open).trim();
  return party && /^\d{1,3}$/.test(digits) ? { party, votes: Number(digits) } : null;
}

/** A name or party as votes compare it: case and surrounding spaces aside. */
const nameKey = (name: string) => name.trim().toLocaleLowerCase("da-DK");

/** Each party of the meeting's participants (by nameKey), with its voters at the item. */
function partyVotersAt(meeting: QuorumMeeting, itemId: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of meeting.participants) if (p.party) out.set(nameKey(p.party), 0);
  for (const p of votersAt(meeting, itemId)) {
    if (p.party) out.set(nameKey(p.party), (out.get(nameKey(p.party)) ?? 0) + 1);
  }
  return out;
}

/** A party's letters as a vote names a party (»A«, »SF«, »Ø«): one to three capitals. */
const PARTY_LETTERS = /^\p{Lu}{1,3}$/u;

type VoteNameProblem =
  | { kind: "notVoter"; side: VoteSide; name: string; why: "absent" | "inhabil" | "guest" }
  | { kind: "twice"; side: VoteSide; name: string }
  | { kind: "fewerVotes"; side: VoteSide; names: number; count: number }
  /** `votes` is null for a party named without a number (»A«) that has no voters at the item. */
  | { kind: "partyVotes"; side: VoteSide; party: string; votes: number | null; voters: number }
  | { kind: "unknownParty"; side: VoteSide; party: string; parties: string[] };

/**
 * What is wrong with the names of a vote, or null: a participant of the meeting named who
 * cannot vote at the item (absent from it, inhabil, or a guest), a participant named on two
 * sides, fewer votes counted on a side than names given there, a party given more votes over
 * all sides (»A (2)« for, »A (1)« against) than it has voters at the item or named when none of
 * its members can vote, or party letters that are no participant's party while the
 * participants' parties are known. Other names that are no participant's are not checked.
 */
export function voteNameProblem(
  meeting: QuorumMeeting & Pick<FullMeeting, "room">,
  itemId: number,
  vote: Record<VoteSide, readonly string[]> &
    Pick<VoteView, "forCount" | "againstCount" | "abstainCount">,
): VoteNameProblem | null {
  const key = nameKey;
  // A name a member and a guest share (the mayor invited as a guest too) is the member's.
  const byName = new Map(
    [...meeting.participants]
      .sort((x, y) => Number(y.guest) - Number(x.guest))
      .map((p) => [key(p.name), p]),
  );
  const voters = new Set(votersAt(meeting, itemId).map((p) => p.id));
  const inhabil = new Set(
    meeting.items.find((x) => x.id === itemId)?.conflicts.map((c) => c.participantId) ?? [],
  );
  const counts: Record<VoteSide, number | null> = {
    inFavour: vote.forCount,
    against: vote.againstCount,
    abstaining: vote.abstainCount,
  };
  const known = quorumKnown(meeting);
  const seen = new Set<number>();
  const partyVoters = partyVotersAt(meeting, itemId);
  const parties = [...new Set(meeting.participants.flatMap((p) => (p.party ? [p.party] : [])))];
  const partyOf = new Map(parties.map((party) => [key(party), party]));
  // Per party: its votes over all sides (a bare letter counts at least one) and where it stood.
  const given = new Map<string, { side: VoteSide; votes: number; counted: boolean }>();
  for (const side of ["inFavour", "against", "abstaining"] as const) {
    for (const name of vote[side]) {
      const p = byName.get(key(name));
      const byParty = p ? null : (partyVotes(name) ?? { party: name.trim(), votes: null });
      const party = byParty && partyOf.get(key(byParty.party));
      if (byParty && party) {
        const sum = given.get(party) ?? { side, votes: 0, counted: false };
        sum.votes += byParty.votes ?? 1;
        sum.counted ||= byParty.votes !== null;
        given.set(party, sum);
      } else if (byParty && parties.length > 0 && PARTY_LETTERS.test(byParty.party)) {
        // Offered are the parties that can vote at the item, in the meeting's order.
        return {
          kind: "unknownParty",
          side,
          party: byParty.party,
          parties: parties.filter((x) => (partyVoters.get(key(x)) ?? 0) > 0),
        };
      }
      if (!p) continue;
      if (seen.has(p.id)) return { kind: "twice", side, name: p.name };
      seen.add(p.id);
      if (known && !voters.has(p.id)) {
        const why = inhabil.has(p.id) ? "inhabil" : p.guest ? "guest" : "absent";
        return { kind: "notVoter", side, name: p.name, why };
      }
    }
    const count = counts[side];
    if (count !== null && count < vote[side].length) {
      return { kind: "fewerVotes", side, names: vote[side].length, count };
    }
  }
  for (const [party, { side, votes, counted }] of known ? given : []) {
    const of = partyVoters.get(key(party)) ?? 0;
    // Named without numbers only, a party needs one voter: »A« on two sides may be A split.
    if (counted ? votes > of : of === 0) {
      return { kind: "partyVotes", side, party, votes: counted ? votes : null, voters: of };
    }
  }
  return null;
}

/**
 * The counts of a vote whose names hold parties (»A, V«: every voter of A and of V at the item;
 * »Ø (2)«: two), for the sides without a count of their own: each participant named counts
 * one, »A (3)« three, »A« the party's voters at the item, any other name one. Sides naming no
 * party keep their count (null: the names are counted when shown). Null when a bare letter's
 * votes cannot be told, attendance not being taken.
 */
export function partyLetterCounts(
  meeting: QuorumMeeting & Pick<FullMeeting, "room">,
  itemId: number,
  vote: Record<VoteSide, readonly string[]> &
    Pick<VoteView, "forCount" | "againstCount" | "abstainCount">,
): Pick<VoteView, "forCount" | "againstCount" | "abstainCount"> | null {
  const key = nameKey;
  const people = new Set(meeting.participants.map((p) => key(p.name)));
  const partyVoters = partyVotersAt(meeting, itemId);
  const bare = (name: string) => !people.has(key(name)) && partyVoters.has(key(name));
  const byParty = (name: string) => (people.has(key(name)) ? null : partyVotes(name));
  const countOf = (side: VoteSide, given: number | null): number | null | undefined => {
    const names = vote[side];
    if (given !== null || !names.some((n) => bare(n) || byParty(n))) return given;
    if (names.some(bare) && !quorumKnown(meeting)) return undefined;
    return names.reduce(
      (sum, n) => sum + (bare(n) ? (partyVoters.get(key(n)) ?? 0) : (byParty(n)?.votes ?? 1)),
      0,
    );
  };
  const forCount = countOf("inFavour", vote.forCount);
  const againstCount = countOf("against", vote.againstCount);
  const abstainCount = countOf("abstaining", vote.abstainCount);
  if (forCount === undefined || againstCount === undefined || abstainCount === undefined) {
    return null;
  }
  return { forCount, againstCount, abstainCount };
}

/**
 * §11: carried by a majority of the votes cast; abstentions are not votes cast, and a tie
 * is not a majority.
 */
export function voteOutcome(t: VoteTally): VoteOutcome {
  return t.inFavour > t.against ? "carried" : "not_carried";
}
