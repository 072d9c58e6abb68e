import { asc, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createCommittee,
  createOrganisation,
  createUser,
} from "../../../test/factories.ts";
import { meetingParticipants, meetings } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { planMeeting } from "../meeting/plan-meeting.ts";
import { planSeries } from "../meeting/plan-series.ts";
import { addMembership } from "./add-membership.ts";
import { endMembership } from "./end-membership.ts";
import { listRoster } from "./list-roster.ts";
import { covers, INVITED_ROLES, ROSTER_ROLES, type RosterRole } from "./roster-rules.ts";
import { updateMembership } from "./update-membership.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
/** An administrator of every committee of the organisation. */
let boss: Principal;
let room = 0;

async function principal(userId: number): Promise<Principal> {
  const p = await loadPrincipal(database.current.db, userId);
  if (!p) throw new Error("no principal");
  return p;
}

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  const admin = await createUser(db, {
    organisationId: world.organisationId,
    roles: [{ role: "admin", committeeId: null }],
  });
  boss = await principal(admin.id);
});

async function refusal(run: Promise<unknown>) {
  try {
    await run;
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, message: error.message };
    throw error;
  }
  return null;
}

const freshCommittee = () =>
  createCommittee(database.current.db, { organisationId: world.organisationId });

const participantsOf = (meetingId: number) =>
  database.current.db
    .select()
    .from(meetingParticipants)
    .where(eq(meetingParticipants.meetingId, meetingId))
    .orderBy(asc(meetingParticipants.position));

async function plan(principal: Principal, committeeId: number, date: string) {
  room++;
  return planMeeting(database.current.db, principal, {
    committeeId,
    date,
    start: "09:00",
    end: "10:00",
    location: `Rosterlokale ${room}`,
  });
}

describe("membership rules", () => {
  it("adds a new person and lists current and past members", async () => {
    const { db } = database.current;
    const committee = await freshCommittee();
    const base = { committeeId: committee.id };
    await addMembership(db, boss, {
      ...base,
      person: { name: "Anne Hansen", party: "A", email: "anne@kommune.dk" },
      role: "chair",
      startsOn: "2026-01-01",
    });
    await addMembership(db, boss, {
      ...base,
      person: { name: "Bo Berg", party: "V" },
      role: "member",
      startsOn: "2022-01-01",
      endsOn: "2025-12-31",
    });
    const roster = await listRoster(db, committee.id, "2026-06-01");
    expect(roster.current.map((x) => [x.name, x.role, x.party])).toEqual([
      ["Anne Hansen", "chair", "A"],
    ]);
    expect(roster.past.map((x) => x.name)).toEqual(["Bo Berg"]);
  });

  it("refuses an end before the start in Danish (400) and an overlap (409)", async () => {
    const { db } = database.current;
    const committee = await freshCommittee();
    const base = { committeeId: committee.id };
    const backwards = await refusal(
      addMembership(db, boss, {
        ...base,
        person: { name: "Carl Dam" },
        role: "member",
        startsOn: "2026-05-01",
        endsOn: "2026-04-30",
      }),
    );
    expect(backwards).toEqual({
      status: 400,
      message: "Medlemskabet kan ikke slutte, før det begynder. Ret start- eller slutdatoen.",
    });
    expect((await listRoster(db, committee.id, "2026-01-01")).current).toEqual([]);
    const { personId, membershipId } = await addMembership(db, boss, {
      ...base,
      person: { name: "Carl Dam" },
      role: "member",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    });
    const twice = await refusal(
      addMembership(db, boss, {
        ...base,
        personId,
        role: "substitute",
        startsOn: "2026-12-31",
      }),
    );
    expect(twice?.status).toBe(409);
    expect(twice?.message).toContain("Carl Dam er allerede medlem af udvalget");
    // The day after the end is free; moving the first onto it is not.
    const later = await addMembership(db, boss, {
      ...base,
      personId,
      role: "chair",
      startsOn: "2027-01-01",
    });
    const moved = await refusal(
      updateMembership(db, boss, {
        ...base,
        membershipId,
        person: { name: "Carl Dam" },
        role: "member",
        startsOn: "2026-01-01",
        endsOn: "2027-01-01",
      }),
    );
    expect(moved?.status).toBe(409);
    const early = await refusal(
      endMembership(db, boss, {
        ...base,
        membershipId: later.membershipId,
        endsOn: "2026-12-01",
      }),
    );
    expect(early?.status).toBe(400);
    await endMembership(db, boss, {
      ...base,
      membershipId: later.membershipId,
      endsOn: "2027-06-30",
    });
    const roster = await listRoster(db, committee.id, "2027-07-01");
    expect(roster.past.map((x) => [x.role, x.endsOn])).toEqual([
      ["chair", "2027-06-30"],
      ["member", "2026-12-31"],
    ]);
  });

  it("lets a substitute name the member they stand in for, and no one else", async () => {
    const { db } = database.current;
    const committee = await freshCommittee();
    const base = { committeeId: committee.id, startsOn: "2026-01-01" };
    const member = await addMembership(db, boss, {
      ...base,
      person: { name: "Dorthe Lund", party: "F" },
      role: "member",
    });
    await addMembership(db, boss, {
      ...base,
      person: { name: "Erik Sand", party: "F" },
      role: "substitute",
      substituteForId: member.personId,
    });
    const notSubstitute = await refusal(
      addMembership(db, boss, {
        ...base,
        person: { name: "Frida Vang" },
        role: "member",
        substituteForId: member.personId,
      }),
    );
    expect(notSubstitute?.status).toBe(400);
    const stranger = await refusal(
      addMembership(db, boss, {
        ...base,
        person: { name: "Frida Vang" },
        role: "substitute",
        substituteForId: 999_999,
      }),
    );
    expect(stranger).toEqual({
      status: 400,
      message: "Vælg et medlem af udvalget, som stedfortræderen træder ind for.",
    });
    const roster = await listRoster(db, committee.id, "2026-02-01");
    expect(roster.current.map((x) => [x.name, x.substituteForName])).toEqual([
      ["Dorthe Lund", null],
      ["Erik Sand", "Dorthe Lund"],
    ]);
  });

  it("lets only the committee's managers change it, and hides other organisations' (404)", async () => {
    const { db } = database.current;
    const input = {
      committeeId: world.committee.id,
      person: { name: "Gitte Holm" },
      role: "member",
      startsOn: "2026-01-01",
    };
    expect((await refusal(addMembership(db, world.author, input)))?.status).toBe(403);
    expect((await refusal(addMembership(db, world.approver, input)))?.status).toBe(403);
    await addMembership(db, world.secretary, input);
    expect((await refusal(addMembership(db, world.outsider, input)))?.status).toBe(404);
    const org = await createOrganisation(db);
    const foreign = await principal(
      (
        await createUser(db, {
          organisationId: org.id,
          roles: [{ role: "admin", committeeId: null }],
        })
      ).id,
    );
    expect((await refusal(addMembership(db, foreign, input)))?.status).toBe(404);
    const linked = await refusal(
      addMembership(db, boss, { ...input, person: { name: "X", userId: foreign.user.id } }),
    );
    expect(linked?.status).toBe(400);
  });
});

describe("parallel changes", () => {
  it("lets one of two overlapping additions for the same person through, the other gets 409", async () => {
    const { db } = database.current;
    const committee = await freshCommittee();
    const { personId, membershipId } = await addMembership(db, boss, {
      committeeId: committee.id,
      person: { name: "Sara Samtidig" },
      role: "member",
      startsOn: "2026-01-01",
      endsOn: "2026-01-31",
    });
    await endMembership(db, boss, {
      committeeId: committee.id,
      membershipId,
      endsOn: "2026-01-15",
    });
    const add = (startsOn: string) =>
      refusal(
        addMembership(db, boss, { committeeId: committee.id, personId, role: "member", startsOn }),
      );
    const results = await Promise.all([add("2026-02-01"), add("2026-03-01")]);
    expect(results.map((r) => r?.status ?? 0).sort()).toEqual([0, 409]);
    const roster = await listRoster(db, committee.id, "2026-06-01");
    expect(roster.current).toHaveLength(1);
  });
});

describe("planning from the roster", () => {
  it("invites member users while a committee has no roster", async () => {
    const { db } = database.current;
    const committee = await freshCommittee();
    const user = await createUser(db, {
      organisationId: world.organisationId,
      name: "Hans Bruger",
      roles: [{ role: "member", committeeId: committee.id }],
    });
    const { meetingId } = await plan(boss, committee.id, "2026-03-04");
    const rows = await participantsOf(meetingId);
    expect(rows.map((r) => [r.name, r.userId, r.personId])).toEqual([
      ["Hans Bruger", user.id, null],
    ]);
  });

  it("invites a member who joins to the coming meetings their period covers, and no longer once they leave", async () => {
    const { db } = database.current;
    const committee = await createCommittee(db, {
      organisationId: world.organisationId,
      kind: "political",
    });
    const chair = await addMembership(db, boss, {
      committeeId: committee.id,
      person: { name: "Ole Først" },
      role: "chair",
      startsOn: "2026-01-01",
    });
    const early = await plan(boss, committee.id, "2026-02-04");
    const later = await plan(boss, committee.id, "2026-03-04");
    const started = await plan(boss, committee.id, "2026-03-11");
    await db
      .update(meetings)
      .set({ roomStatus: "running" })
      .where(eq(meetings.id, started.meetingId));
    const names = async (meetingId: number) =>
      (await participantsOf(meetingId)).map((r) => [r.name, r.title]);
    await addMembership(db, boss, {
      committeeId: committee.id,
      person: { name: "Pia Senere", party: "B" },
      role: "member",
      startsOn: "2026-03-01",
    });
    // A substitute is not invited; they stand in when a member sends afbud.
    await addMembership(db, boss, {
      committeeId: committee.id,
      person: { name: "Rene Stedfortræder" },
      role: "substitute",
      startsOn: "2026-01-01",
      substituteForId: chair.personId,
    });
    expect(await names(early.meetingId)).toEqual([["Ole Først", null]]);
    expect(await names(later.meetingId)).toEqual([
      ["Ole Først", null],
      ["Pia Senere", "B"],
    ]);
    // Once the room has started, who was invited stays as it was.
    expect(await names(started.meetingId)).toEqual([["Ole Først", null]]);
    // The substitute made a member is invited too; nobody twice.
    const [substitute] = (await listRoster(db, committee.id, "2026-03-01")).current.filter(
      (x) => x.name === "Rene Stedfortræder",
    );
    if (!substitute) throw new Error("no substitute");
    await updateMembership(db, boss, {
      committeeId: committee.id,
      membershipId: substitute.membershipId,
      person: { name: "Rene Stedfortræder" },
      role: "member",
      startsOn: "2026-01-01",
    });
    expect(await names(later.meetingId)).toEqual([
      ["Ole Først", null],
      ["Pia Senere", "B"],
      ["Rene Stedfortræder", null],
    ]);
    expect(await names(early.meetingId)).toEqual([
      ["Ole Først", null],
      ["Rene Stedfortræder", null],
    ]);
    const full = await getMeeting(db, later.meetingId);
    expect(full?.seats).toBe(full?.participants.length);
    // Pia leaves the committee before the later meeting: it no longer invites her.
    const [pia] = (await listRoster(db, committee.id, "2026-03-01")).current.filter(
      (x) => x.name === "Pia Senere",
    );
    if (!pia) throw new Error("no Pia");
    await endMembership(db, boss, {
      committeeId: committee.id,
      membershipId: pia.membershipId,
      endsOn: "2026-03-02",
    });
    expect(await names(later.meetingId)).toEqual([
      ["Ole Først", null],
      ["Rene Stedfortræder", null],
    ]);
    const after = await getMeeting(db, later.meetingId);
    expect(after?.seats).toBe(after?.participants.length);
  });

  it("invites the roster of each meeting's date, as persons with their users", async () => {
    const { db } = database.current;
    const committee = await createCommittee(db, {
      organisationId: world.organisationId,
      kind: "political",
    });
    const user = await createUser(db, { organisationId: world.organisationId, name: "Ida Bruger" });
    const base = { committeeId: committee.id };
    const chair = await addMembership(db, boss, {
      ...base,
      person: { name: "Ida Krog", title: "Borgmester", party: "A", userId: user.id },
      role: "chair",
      startsOn: "2026-01-01",
    });
    await addMembership(db, boss, {
      ...base,
      person: { name: "Jens Ager" },
      role: "member",
      startsOn: "2026-01-01",
      endsOn: "2026-01-13",
    });
    await addMembership(db, boss, {
      ...base,
      person: { name: "Karen Mose" },
      role: "member",
      startsOn: "2026-01-14",
    });
    await addMembership(db, boss, {
      ...base,
      person: { name: "Lars Stedfortræder" },
      role: "substitute",
      startsOn: "2026-01-01",
      substituteForId: chair.personId,
    });
    room++;
    const { meetingIds } = await planSeries(db, boss, {
      committeeId: committee.id,
      date: "2026-01-07",
      start: "09:00",
      end: "10:00",
      location: `Rosterlokale ${room}`,
      repeat: "weekly",
      count: 2,
    });
    const [first, second] = await Promise.all(meetingIds.map(participantsOf));
    expect(first?.map((r) => [r.name, r.title, r.userId, r.personId !== null])).toEqual([
      ["Ida Krog", "Borgmester, A", user.id, true],
      ["Jens Ager", null, null, true],
    ]);
    expect(second?.map((r) => r.name)).toEqual(["Ida Krog", "Karen Mose"]);
  });
});

/** Days are numbers of day(); `end` and `after` count days from the membership's start. */
type Command =
  | { kind: "add"; person: number; role: RosterRole; start: number; end: number | null }
  | { kind: "edit"; index: number; role: RosterRole; start: number; end: number | null }
  | { kind: "end"; index: number; after: number }
  | { kind: "plan"; at: number };

/** Day n of 2026 as "YYYY-MM-DD". */
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
/** The n of day(n). */
const dayOf = (date: string) => (Date.parse(date) - Date.UTC(2026, 0, 1)) / 86_400_000;

const role = fc.constantFrom(...ROSTER_ROLES);
// Few days, so that memberships, their ends and the planned meetings often meet.
const dayArb = fc.integer({ min: 0, max: 20 });
// Half the memberships open-ended, so that ending one is often allowed; the others end some days
// after they start (a few before it, which is refused).
const endArb = fc.option(fc.integer({ min: -2, max: 12 }), { nil: null, freq: 2 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      person: fc.integer({ min: 0, max: 3 }),
      role,
      start: dayArb,
      end: endArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("edit" as const),
      index: fc.nat(),
      role,
      start: dayArb,
      end: endArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("end" as const),
      index: fc.nat(),
      // Days after the membership's start; a few before it, which is refused.
      after: fc.integer({ min: -2, max: 12 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("plan" as const), at: dayArb }) },
);

/** Bounded for `npm test`; `npm run fuzz` (FUZZ=1) or FUZZ_RUNS=n for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.FUZZ === "1" ? 300 : 25));

interface Model {
  id: number;
  person: number;
  role: RosterRole;
  startsOn: string;
  endsOn: string | null;
}

const clash = (all: Model[], m: Omit<Model, "id">, except: number | null) =>
  all.some(
    (o) =>
      o.id !== except &&
      o.person === m.person &&
      (o.endsOn === null || m.startsOn <= o.endsOn) &&
      (m.endsOn === null || o.startsOn <= m.endsOn),
  );

describe("the invited set (property)", () => {
  it("always equals the members whose membership covers the meeting's date, whenever it changes", async () => {
    const { db } = database.current;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 2, maxLength: 10 }), async (commands) => {
        const committee = await freshCommittee();
        const personIds = new Map<number, number>();
        const model: Model[] = [];
        const planned: { id: number; date: string }[] = [];
        const expectedOn = (date: string) =>
          model
            .filter((m) => INVITED_ROLES.includes(m.role) && covers(m, date))
            .map((m) => personIds.get(m.person))
            .sort();
        const step = async (c: Command): Promise<void> => {
          if (c.kind === "plan") {
            const { meetingId } = await plan(boss, committee.id, day(c.at));
            planned.push({ id: meetingId, date: day(c.at) });
            return;
          }
          if (c.kind === "end") {
            const target = model[c.index % Math.max(model.length, 1)];
            if (!target) return;
            const at = day(dayOf(target.startsOn) + c.after);
            const want =
              target.endsOn !== null && target.endsOn <= at ? 409 : at < target.startsOn ? 400 : 0;
            const got = await refusal(
              endMembership(db, boss, {
                committeeId: committee.id,
                membershipId: target.id,
                endsOn: at,
              }),
            );
            expect(got?.status ?? 0).toBe(want);
            if (want === 0) target.endsOn = at;
            return;
          }
          const startsOn = day(c.start);
          const endsOn = c.end === null ? null : day(c.start + c.end);
          const target = c.kind === "edit" ? model[c.index % Math.max(model.length, 1)] : null;
          if (c.kind === "edit" && !target) return;
          const person = target ? target.person : (c as { person: number }).person;
          const next = { person, role: c.role, startsOn, endsOn };
          const want =
            endsOn !== null && endsOn < startsOn
              ? 400
              : clash(model, next, target?.id ?? null)
                ? 409
                : 0;
          const membership = { role: c.role, startsOn, endsOn };
          const name = `Person ${person}`;
          if (target) {
            const got = await refusal(
              updateMembership(db, boss, {
                committeeId: committee.id,
                membershipId: target.id,
                person: { name },
                ...membership,
              }),
            );
            expect(got?.status ?? 0).toBe(want);
            if (want === 0) Object.assign(target, next);
          } else {
            const known = personIds.get(person);
            const got = await addMembership(db, boss, {
              committeeId: committee.id,
              ...(known ? { personId: known } : { person: { name } }),
              ...membership,
            }).catch((error: unknown) => {
              if (error instanceof DomainError) return error;
              throw error;
            });
            expect(got instanceof DomainError ? got.status : 0).toBe(want);
            if (!(got instanceof DomainError)) {
              personIds.set(person, got.personId);
              model.push({ id: got.membershipId, ...next });
            }
          }
        };
        for (const c of commands) {
          await step(c);
          // Every coming meeting invites the roster as it is now, not as it was when planned.
          for (const m of planned) {
            const invited = (await participantsOf(m.id)).map((r) => r.personId).sort();
            expect(invited, m.date).toEqual(expectedOn(m.date));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
