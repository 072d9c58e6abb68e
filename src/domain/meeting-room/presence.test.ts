import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FullMeeting, MeetingItem, MeetingParticipant } from "../meeting/meeting.types.ts";
import {
  partyLetterCounts,
  presentAt,
  quorumAt,
  quorumOf,
  voteNameProblem,
  voteOutcome,
} from "./presence.ts";

const ITEMS = 6;

const item = (n: number, conflicts: number[]): MeetingItem => ({
  id: 100 + n,
  position: n - 1,
  number: n,
  title: `Punkt ${n}`,
  purpose: null,
  journalNumber: null,
  closed: false,
  closureReason: null,
  openDecision: null,
  standing: false,
  sent: true,
  slotStart: null,
  slotEnd: null,
  caseId: null,
  fields: [],
  decision: null,
  attachments: [],
  conflicts: conflicts.map((participantId) => ({ participantId, name: "", note: "" })),
  votes: [],
  protocolNotes: [],
});

/** One member's attendance: afbud, or from which item (1 = all along) until which (none). */
const memberArb = fc.record({
  afbud: fc.boolean(),
  from: fc.integer({ min: 1, max: ITEMS }),
  leaves: fc.option(fc.integer({ min: 2, max: ITEMS + 1 }), { nil: null }),
  inhabilAt: fc.subarray([1, 2, 3, 4, 5, 6]),
  substitute: fc.boolean(),
});
type MemberSpec = typeof memberArb extends fc.Arbitrary<infer T> ? T : never;

function meetingOf(
  specs: MemberSpec[],
  seats: number | null,
): Pick<FullMeeting, "participants" | "items" | "seats"> {
  const participants: MeetingParticipant[] = specs.flatMap((s, i): MeetingParticipant[] => {
    const id = i + 1;
    const attendance: MeetingParticipant["attendance"] = s.afbud
      ? [{ status: "absent", agendaItemNumber: null, note: null }]
      : [
          { status: "present", agendaItemNumber: null, note: null },
          ...(s.from > 1
            ? [{ status: "arrived_late" as const, agendaItemNumber: s.from, note: null }]
            : []),
          ...(s.leaves !== null && s.leaves > s.from
            ? [{ status: "left_early" as const, agendaItemNumber: s.leaves, note: null }]
            : []),
        ];
    const member = { id, userId: null, name: `M${id}`, title: null, guest: false, attendance };
    // A substitute is called in for a member who sent afbud.
    const sub: MeetingParticipant[] =
      s.afbud && s.substitute
        ? [
            {
              id: 1000 + id,
              userId: null,
              name: `S${id}`,
              title: null,
              guest: false,
              substituteForId: id,
              attendance: [],
            },
          ]
        : [];
    return [member, ...sub];
  });
  participants.push({
    id: 999,
    userId: null,
    name: "Gæst",
    title: null,
    guest: true,
    attendance: [],
  });
  const items = Array.from({ length: ITEMS }, (_, k) =>
    item(
      k + 1,
      specs.flatMap((s, i) => (s.inhabilAt.includes(k + 1) ? [i + 1] : [])),
    ),
  );
  return { participants, items, seats };
}

/** The model: a member's seat is filled at item n when they (or their substitute) are there. */
function filledAt(specs: MemberSpec[], n: number): number {
  return specs.filter((s) => {
    // The substitute is another person: the member's inhabilitet is not theirs.
    if (s.afbud) return s.substitute;
    if (s.inhabilAt.includes(n)) return false;
    const left = s.leaves !== null && s.leaves > s.from ? s.leaves : Number.POSITIVE_INFINITY;
    return n >= s.from && n < left;
  }).length;
}

describe("quorum (§11)", () => {
  it("counts the seats filled at each item: afbud, late, early, inhabil and substitutes", () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: 11 }), (specs) => {
        const meeting = meetingOf(specs, null);
        for (let n = 1; n <= ITEMS; n++) {
          const q = quorumAt(meeting, 100 + n);
          const filled = filledAt(specs, n);
          expect(q.present).toBe(filled);
          expect(q.seats).toBe(specs.length);
          expect(q.quorate).toBe(2 * filled >= specs.length);
        }
      }),
    );
  });

  it("takes the roster's seats when the committee has one, and never counts more than them", () => {
    fc.assert(
      fc.property(
        fc.array(memberArb, { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 1, max: 15 }),
        (specs, seats) => {
          const q = quorumAt(meetingOf(specs, seats), 101);
          expect(q.seats).toBe(seats);
          expect(q.present).toBe(Math.min(filledAt(specs, 1), seats));
          expect(q.quorate).toBe(q.present >= Math.ceil(seats / 2));
        },
      ),
    );
  });

  it("an inhabil member is not present for that item, and guests never fill a seat", () => {
    const meeting = meetingOf(
      [{ afbud: false, from: 1, leaves: null, inhabilAt: [2], substitute: false }],
      null,
    );
    expect(presentAt(meeting, 101).map((p) => p.name)).toEqual(["M1", "Gæst"]);
    expect(presentAt(meeting, 102).map((p) => p.name)).toEqual(["Gæst"]);
    expect(quorumAt(meeting, 102)).toMatchObject({ present: 0, seats: 1, quorate: false });
  });

  it("half the seats is enough: 4 of 7 and 3 of 6 are quorate, 3 of 7 is not", () => {
    expect(quorumOf(4, 7).quorate).toBe(true);
    expect(quorumOf(3, 6).quorate).toBe(true);
    expect(quorumOf(3, 7).quorate).toBe(false);
    expect(quorumOf(0, 0).quorate).toBe(false);
  });
});

describe("a vote's outcome (§11)", () => {
  it("2 for, 1 against, 2 abstaining is carried; a tie is not", () => {
    expect(voteOutcome({ inFavour: 2, against: 1, abstaining: 2 })).toBe("carried");
    expect(voteOutcome({ inFavour: 2, against: 2, abstaining: 0 })).toBe("not_carried");
  });

  it("abstentions never change the outcome; only more for than against carries", () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50), (f, a, x, y) => {
        const one = voteOutcome({ inFavour: f, against: a, abstaining: x });
        expect(one).toBe(voteOutcome({ inFavour: f, against: a, abstaining: y }));
        expect(one === "carried").toBe(f > a);
      }),
    );
  });
});

describe("a vote by party (»A (3)«)", () => {
  const PARTIES = ["A", "V", "F"] as const;
  /** Voters of a party at item n, by the model: present, not inhabil, or standing in. */
  const votersOf = (specs: MemberSpec[], party: string, n: number) =>
    specs.filter((s, i) => {
      if (PARTIES[i % 3] !== party) return false;
      if (s.afbud) return s.substitute;
      const left = s.leaves !== null && s.leaves > s.from ? s.leaves : Number.POSITIVE_INFINITY;
      return n >= s.from && n < left && !s.inhabilAt.includes(n);
    }).length;

  /** The meeting of these members, each (and a substitute) of party A, V or F by turn. */
  function partyMeeting(specs: MemberSpec[]) {
    const meeting = meetingOf(specs, null);
    for (const p of meeting.participants) {
      const member = p.substituteForId ?? p.id;
      if (!p.guest) p.party = PARTIES[(member - 1) % 3] ?? null;
    }
    // Attendance is taken: quorumKnown needs someone marked present.
    meeting.participants.push({
      id: 998,
      userId: null,
      name: "Referent",
      title: null,
      guest: true,
      attendance: [{ status: "present", agendaItemNumber: null, note: null }],
    });
    return { ...meeting, room: undefined };
  }

  it("counts a party's letter alone as all its voters at the item, »A (3)« as three", () => {
    const SIDES = ["inFavour", "against", "abstaining"] as const;
    const COUNTS = ["forCount", "againstCount", "abstainCount"] as const;
    const name = fc.oneof(
      fc.constantFrom(...PARTIES),
      fc.constantFrom(...PARTIES).chain((p) => fc.nat(4).map((n) => `${p} (${n})`)),
      fc.integer({ min: 1, max: 9 }).map((n) => `M${n}`),
    );
    fc.assert(
      fc.property(
        fc.array(memberArb, { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 1, max: ITEMS }),
        fc.tuple(...SIDES.map(() => fc.array(name, { maxLength: 3 }))),
        fc.tuple(...SIDES.map(() => fc.option(fc.nat(9), { nil: null }))),
        (specs, n, names, given) => {
          const meeting = partyMeeting(specs);
          const vote = {
            inFavour: names[0] ?? [],
            against: names[1] ?? [],
            abstaining: names[2] ?? [],
            forCount: given[0] ?? null,
            againstCount: given[1] ?? null,
            abstainCount: given[2] ?? null,
          };
          const counts = partyLetterCounts(meeting, 100 + n, vote);
          const known = new Set(meeting.participants.flatMap((p) => (p.party ? [p.party] : [])));
          SIDES.forEach((_, i) => {
            const list = names[i] ?? [];
            // »F (2)« is two votes whoever F is; »F« alone only for a party of the meeting.
            const byParty = list.some((x) => / \(\d\)$/.test(x) || known.has(x));
            // The model: a count given stands; names without parties are counted when shown.
            const expected =
              given[i] !== null || !byParty
                ? (given[i] ?? null)
                : list.reduce((sum, x) => {
                    const counted = /^([AVF]) \((\d)\)$/.exec(x);
                    if (counted) return sum + Number(counted[2]);
                    if (known.has(x)) return sum + votersOf(specs, x, n);
                    return sum + 1;
                  }, 0);
            expect(counts?.[COUNTS[i] as (typeof COUNTS)[number]]).toBe(expected);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("adds a party's votes over all sides, and knows a party's letters from a name", () => {
    const SIDES = ["inFavour", "against", "abstaining"] as const;
    const entry = fc.record({
      // Now and then a letter that is no participant's party.
      party: fc.oneof(
        { arbitrary: fc.constantFrom(...PARTIES), weight: 8 },
        { arbitrary: fc.constant("Ø"), weight: 1 },
      ),
      // A bare letter as often as one with a number.
      votes: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 1 }),
    });
    fc.assert(
      fc.property(
        fc.array(memberArb, { minLength: 0, maxLength: 9 }),
        fc.integer({ min: 1, max: ITEMS }),
        fc.tuple(...SIDES.map(() => fc.array(entry, { maxLength: 3 }))),
        (specs, n, entries) => {
          const meeting = partyMeeting(specs);
          const written = entries.map((side) =>
            side.map((x) => (x.votes === null ? x.party : `${x.party} (${x.votes})`)),
          );
          const problem = voteNameProblem(meeting, 100 + n, {
            inFavour: written[0] ?? [],
            against: written[1] ?? [],
            abstaining: written[2] ?? [],
            forCount: null,
            againstCount: null,
            abstainCount: null,
          });
          // The model: letters of no participant's party first, then each party in the order
          // it was first named, its numbers added up and a bare letter counted as one.
          const known = new Set(meeting.participants.flatMap((p) => (p.party ? [p.party] : [])));
          const all = entries.flatMap((side, i) => side.map((x) => ({ ...x, side: SIDES[i] })));
          const unknown = all.find((x) => !known.has(x.party));
          if (unknown && known.size > 0) {
            expect(problem).toEqual({
              kind: "unknownParty",
              side: unknown.side,
              party: unknown.party,
              parties: [...known].filter((x) => votersOf(specs, x, n) > 0),
            });
            return;
          }
          const order = [...new Set(all.map((x) => x.party))].filter((x) => known.has(x));
          const refused = order.flatMap((party) => {
            const named = all.filter((x) => x.party === party);
            const votes = named.reduce((sum, x) => sum + (x.votes ?? 1), 0);
            const counted = named.some((x) => x.votes !== null);
            const voters = votersOf(specs, party, n);
            const side = named[0]?.side;
            if (counted ? votes <= voters : voters > 0) return [];
            return [{ kind: "partyVotes", side, party, votes: counted ? votes : null, voters }];
          });
          expect(problem).toEqual(refused[0] ?? null);
        },
      ),
      { numRuns: 300 },
    );
  });
});
