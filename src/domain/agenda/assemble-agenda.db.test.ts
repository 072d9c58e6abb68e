import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createCommittee,
  createMeeting,
  createUser,
  createWrittenCase,
} from "../../../test/factories.ts";
import {
  agendaItems,
  auditLog,
  caseFields,
  cases,
  meetingParticipants,
  meetings,
  memberships,
  standingItems,
} from "../../db/schema/index.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { planMeeting } from "../meeting/plan-meeting.ts";
import { planSeries } from "../meeting/plan-series.ts";
import { addCasesToAgenda } from "./add-cases-to-agenda.ts";
import { addTheme } from "./add-theme.ts";
import { addThemeToAgenda } from "./add-theme-to-agenda.ts";
import { publishAgenda } from "./publish-agenda.ts";
import { removeAgendaItem } from "./remove-agenda-item.ts";
import { reorderAgenda } from "./reorder-agenda.ts";
import { updateAgendaItem } from "./update-agenda-item.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
let room = 0;

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  await db.insert(standingItems).values([
    {
      committeeId: world.committee.id,
      placement: "first",
      position: 0,
      title: "Godkendelse af dagsorden og referat",
      durationMinutes: 5,
      approvesMinutes: true,
    },
    {
      committeeId: world.committee.id,
      placement: "last",
      position: 0,
      title: "Temaer til kommende møder og eventuelt",
      durationMinutes: 10,
    },
  ]);
  for (const name of ["Birgitte Holm", "Søren Friis"]) {
    await createUser(db, {
      organisationId: world.organisationId,
      name,
      roles: [{ role: "member", committeeId: world.committee.id }],
    });
  }
});

const nextRoom = () => `Mødelokale ${++room}`;

async function plan(location = nextRoom(), date = "2030-03-13") {
  return planMeeting(database.current.db, world.secretary, {
    committeeId: world.committee.id,
    date,
    start: "09:00",
    end: "10:00",
    location,
    guests: "Eva Holm, Arkitekt",
  });
}

async function approvedCase(title?: string) {
  const { db } = database.current;
  const written = await createWrittenCase(db, world, {
    submitTo: world.approver,
    approve: true,
    ...(title ? { title } : {}),
  });
  await db.update(cases).set({ durationMinutes: 20 }).where(eq(cases.id, written.id));
  return written.id;
}

async function itemsOf(meetingId: number) {
  return database.current.db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
}

async function auditActions(entityType: string, entityId: number) {
  const rows = await database.current.db
    .select({ action: auditLog.action, actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
  return rows.map((r) => r.action);
}

describe("planning meetings", () => {
  it("plans a meeting with the committee's members, guests and standing items, audited", async () => {
    const { db } = database.current;
    const { meetingId } = await plan();
    const people = await db
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meetingId))
      .orderBy(asc(meetingParticipants.position));
    expect(people.map((p) => [p.name, p.guest])).toEqual([
      ["Birgitte Holm", false],
      ["Søren Friis", false],
      ["Eva Holm", true],
    ]);
    expect(people[2]?.title).toBe("Arkitekt");
    const items = await itemsOf(meetingId);
    expect(items.map((i) => [i.number, i.title, i.slotStart, i.slotEnd, i.standing])).toEqual([
      [1, "Godkendelse af dagsorden og referat", "09:00", "09:05", true],
      [2, "Temaer til kommende møder og eventuelt", "09:05", "09:15", true],
    ]);
    expect(await auditActions("meeting", meetingId)).toEqual(["meeting.planned"]);
  });

  it("refuses a meeting in a room already booked at that time, in Danish, writing nothing", async () => {
    const { db } = database.current;
    const location = nextRoom();
    await plan(location);
    const before = await db.select({ id: meetings.id }).from(meetings);
    await expect(
      planMeeting(db, world.secretary, {
        committeeId: world.committee.id,
        date: "2030-03-13",
        start: "09:30",
        end: "11:00",
        location: ` ${location.toUpperCase()} `,
      }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(`${location.toUpperCase()} er allerede booket`),
    });
    expect((await db.select({ id: meetings.id }).from(meetings)).length).toBe(before.length);
    // Back to back is fine.
    await planMeeting(db, world.secretary, {
      committeeId: world.committee.id,
      date: "2030-03-13",
      start: "10:00",
      end: "11:00",
      location,
    });
  });

  it("lists every problem with the form at once", async () => {
    await expect(
      planMeeting(database.current.db, world.secretary, {
        committeeId: world.committee.id,
        date: "2030-02-30",
        start: "10:00",
        end: "09:00",
        location: " ",
      }),
    ).rejects.toMatchObject({
      status: 400,
      details: [
        "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2025-03-12.",
        "Sluttidspunktet skal ligge efter starttidspunktet.",
        "Skriv mødestedet.",
      ],
    });
  });

  it("plans a monthly series on the same weekday, and none of it when one date clashes", async () => {
    const { db } = database.current;
    const location = nextRoom();
    const series = await planSeries(db, world.secretary, {
      committeeId: world.committee.id,
      date: "2030-01-09",
      start: "13:00",
      end: "15:00",
      location,
      repeat: "monthly",
      count: "3",
    });
    expect(series.meetingIds).toHaveLength(3);
    const rows = await db
      .select({ startsAt: meetings.startsAt, seriesId: meetings.seriesId })
      .from(meetings)
      .where(eq(meetings.location, location))
      .orderBy(asc(meetings.startsAt));
    // The second Wednesday of January, February and March 2030.
    expect(rows.map((r) => r.startsAt)).toEqual([
      "2030-01-09 13:00:00",
      "2030-02-13 13:00:00",
      "2030-03-13 13:00:00",
    ]);
    expect(new Set(rows.map((r) => r.seriesId))).toEqual(new Set([series.seriesId]));
    await expect(
      planSeries(db, world.secretary, {
        committeeId: world.committee.id,
        date: "2030-01-30",
        start: "14:00",
        end: "16:00",
        location,
        repeat: "biweekly",
        count: "4",
      }),
    ).rejects.toMatchObject({
      status: 409,
      details: [
        expect.stringMatching(
          /er allerede booket på det tidspunkt: .+ 13\. februar 2030 kl\. 13:00-15:00; .+ 13\. marts 2030 kl\. 13:00-15:00\./,
        ),
      ],
    });
  });

  it("is for secretaries and administrators only", async () => {
    await expect(
      planMeeting(database.current.db, world.author, {
        committeeId: world.committee.id,
        date: "2030-05-01",
        start: "09:00",
        end: "10:00",
        location: nextRoom(),
      }),
    ).rejects.toMatchObject({
      status: 403,
      message: "Kun udvalgets sekretær eller en administrator kan planlægge møder.",
    });
  });
});

describe("assembling an agenda", () => {
  it("pulls approved cases in before the closing standing item and computes the time slots", async () => {
    const { db } = database.current;
    const { meetingId } = await plan();
    const a = await approvedCase("Beslutning om budget");
    const b = await approvedCase("Orientering om skoler");
    const { itemIds } = await addCasesToAgenda(db, world.secretary, { meetingId, caseIds: [a, b] });
    expect(itemIds).toHaveLength(2);
    const items = await itemsOf(meetingId);
    expect(items.map((i) => `${i.number} ${i.title} ${i.slotStart}-${i.slotEnd}`)).toEqual([
      "1 Godkendelse af dagsorden og referat 09:00-09:05",
      "2 Beslutning om budget 09:05-09:25",
      "3 Orientering om skoler 09:25-09:45",
      "4 Temaer til kommende møder og eventuelt 09:45-09:55",
    ]);
    const [kase] = await db.select().from(cases).where(eq(cases.id, a));
    expect(kase?.status).toBe("scheduled");
    expect(await auditActions("agenda_item", itemIds[0] as number)).toEqual(["agenda.item_added"]);
  });

  it("refuses a case already on another meeting not yet held, and a case not approved", async () => {
    const { db } = database.current;
    const first = await plan();
    const second = await plan();
    const kase = await approvedCase("Beslutning om trafikplan");
    await addCasesToAgenda(db, world.secretary, { meetingId: first.meetingId, caseIds: [kase] });
    await expect(
      addCasesToAgenda(db, world.secretary, { meetingId: second.meetingId, caseIds: [kase] }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(
        /^Sagen »Beslutning om trafikplan« står allerede på dagsordenen til .+ 13\. marts 2030, som ikke er afholdt/,
      ),
    });
    const draft = await createWrittenCase(db, world, { title: "Beslutning om kladde" });
    await expect(
      addCasesToAgenda(db, world.secretary, {
        meetingId: second.meetingId,
        caseIds: [draft.id],
      }),
    ).rejects.toMatchObject({
      message: "Sagen »Beslutning om kladde« er ikke godkendt og kan ikke sættes på en dagsorden.",
    });
    expect(await itemsOf(second.meetingId)).toHaveLength(2);
  });

  it("reorders by steps and by a whole order, renumbering and moving the time slots", async () => {
    const { db } = database.current;
    const { meetingId } = await plan();
    const cs = [await approvedCase("Beslutning om A"), await approvedCase("Beslutning om B")];
    const { itemIds } = await addCasesToAgenda(db, world.secretary, { meetingId, caseIds: cs });
    const [a, b] = itemIds as [number, number];
    const moved = await reorderAgenda(db, world.secretary, {
      meetingId,
      itemId: b,
      direction: "up",
    });
    expect(moved.movedTo).toBe(2);
    let items = await itemsOf(meetingId);
    expect(items.map((i) => `${i.number} ${i.title} ${i.slotStart}`)).toEqual([
      "1 Godkendelse af dagsorden og referat 09:00",
      "2 Beslutning om B 09:05",
      "3 Beslutning om A 09:25",
      "4 Temaer til kommende møder og eventuelt 09:45",
    ]);
    const order = items.map((i) => i.id).reverse();
    await reorderAgenda(db, world.secretary, { meetingId, order });
    items = await itemsOf(meetingId);
    expect(items.map((i) => i.title)[0]).toBe("Temaer til kommende møder og eventuelt");
    expect(items.map((i) => i.id)).toEqual(order);
    await expect(
      reorderAgenda(db, world.secretary, { meetingId, order: [a, b] }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      reorderAgenda(db, world.secretary, {
        meetingId,
        itemId: order[0] as number,
        direction: "up",
      }),
    ).rejects.toMatchObject({ message: "Punktet kan ikke flyttes længere." });
    expect(await auditActions("meeting", meetingId)).toEqual([
      "meeting.planned",
      "agenda.reordered",
      "agenda.reordered",
    ]);
  });

  it("edits an item: a closed one needs its reason; the estimate moves the slots", async () => {
    const { db } = database.current;
    const { meetingId } = await plan();
    const { itemIds } = await addCasesToAgenda(db, world.secretary, {
      meetingId,
      caseIds: [await approvedCase("Beslutning om køb af grund")],
    });
    const itemId = itemIds[0] as number;
    const changes = {
      title: "Beslutning om køb af grund",
      durationMinutes: "45",
      closed: true,
      closureReason: "",
      openDecision: "",
    };
    await expect(
      updateAgendaItem(db, world.secretary, { meetingId, itemId, changes }),
    ).rejects.toMatchObject({
      status: 400,
      details: ["Skriv begrundelsen for, at punktet er lukket (Styrelsesloven § 10)."],
    });
    await updateAgendaItem(db, world.secretary, {
      meetingId,
      itemId,
      changes: { ...changes, closureReason: "Forhandling om køb af grund" },
    });
    const items = await itemsOf(meetingId);
    expect(items[1]).toMatchObject({ closed: true, slotStart: "09:05", slotEnd: "09:50" });
    expect(items[2]).toMatchObject({ slotStart: "09:50", slotEnd: "10:00" });
    expect(await auditActions("agenda_item", itemId)).toContain("agenda.item_updated");
  });

  it("turns a theme from the backlog into an item", async () => {
    const { db } = database.current;
    const { meetingId } = await plan();
    const { themeId } = await addTheme(db, world.secretary, {
      committeeId: world.committee.id,
      title: "Klimatilpasning i bydelene",
    });
    const { itemId } = await addThemeToAgenda(db, world.secretary, { meetingId, themeId });
    const items = await itemsOf(meetingId);
    expect(items.map((i) => i.title)).toEqual([
      "Godkendelse af dagsorden og referat",
      "Temadrøftelse: Klimatilpasning i bydelene",
      "Temaer til kommende møder og eventuelt",
    ]);
    expect(items[1]?.id).toBe(itemId);
    await expect(
      addThemeToAgenda(db, world.secretary, { meetingId, themeId }),
    ).rejects.toMatchObject({ message: "Temaet er allerede sat på en dagsorden." });
  });
});

describe("publishing", () => {
  it("blocks on an empty required field, naming item and field; nothing is published", async () => {
    const { db } = database.current;
    const { meetingId } = await plan();
    const kase = await approvedCase("Beslutning om parkering");
    await db
      .update(caseFields)
      .set({ text: "  " })
      .where(and(eq(caseFields.caseId, kase), eq(caseFields.key, "resume")));
    await addCasesToAgenda(db, world.secretary, { meetingId, caseIds: [kase] });
    await expect(publishAgenda(db, world.secretary, { meetingId })).rejects.toMatchObject({
      status: 400,
      details: ["Punkt 2: feltet »Resumé« er tomt."],
    });
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(meeting).toMatchObject({ status: "planned", agendaVersion: 0, agendaPublishedAt: null });
  });

  it("publishes, then sends a later item as a supplement (tillægsdagsorden), audited", async () => {
    const { db } = database.current;
    const { meetingId } = await plan();
    await addCasesToAgenda(db, world.secretary, {
      meetingId,
      caseIds: [await approvedCase("Beslutning om ferieplan")],
    });
    const first = await publishAgenda(db, world.secretary, {
      meetingId,
      now: new Date("2030-03-01T09:00:00Z"),
    });
    expect(first.version).toBe(1);
    await expect(publishAgenda(db, world.secretary, { meetingId })).rejects.toMatchObject({
      message: "Der er ingen nye eller ændrede punkter at udsende.",
    });
    const late = await approvedCase("Beslutning om ekstra bevilling");
    const { itemIds } = await addCasesToAgenda(db, world.secretary, { meetingId, caseIds: [late] });
    await expect(
      removeAgendaItem(db, world.secretary, {
        meetingId,
        itemId: (await itemsOf(meetingId))[1]?.id ?? 0,
      }),
    ).rejects.toMatchObject({ status: 409 });
    const second = await publishAgenda(db, world.secretary, { meetingId });
    expect(second).toMatchObject({ version: 2, itemIds });
    const items = await itemsOf(meetingId);
    expect(items.map((i) => i.publishedInVersion)).toEqual([1, 1, 2, 1]);
    // Each change of the public agenda (publishing, the added item, the supplement) is recorded.
    expect(await auditActions("meeting", meetingId)).toEqual([
      "meeting.planned",
      "agenda.published",
      "publication.changed",
      "publication.changed",
      "agenda.supplement_published",
      "publication.changed",
    ]);
  });

  it("warns about the 4 working days of a political committee, without blocking", async () => {
    const { db } = database.current;
    const political = await createCommittee(db, {
      organisationId: world.organisationId,
      kind: "political",
    });
    await db.insert(memberships).values({
      organisationId: world.organisationId,
      userId: world.secretary.user.id,
      committeeId: political.id,
      role: "secretary",
    });
    const secretary = await loadPrincipal(db, world.secretary.user.id);
    const meeting = await createMeeting(db, {
      organisationId: world.organisationId,
      committeeId: political.id,
      startsAt: "2030-03-13 16:00:00",
    });
    await db.insert(agendaItems).values({
      organisationId: world.organisationId,
      meetingId: meeting.id,
      position: 0,
      number: 1,
      title: "Eventuelt",
    });
    // Thursday 7 March for Wednesday 13 March: Friday, Monday, Tuesday are 3 working days.
    const result = await publishAgenda(db, secretary as NonNullable<typeof secretary>, {
      meetingId: meeting.id,
      now: new Date("2030-03-07T10:00:00Z"),
    });
    expect(result.leadTime).toEqual({ latest: "2030-03-06", late: true, workingDays: 3 });
  });

  it("is refused to members and once the meeting is held", async () => {
    const { db } = database.current;
    const { meetingId } = await plan();
    const member = await createUser(db, {
      organisationId: world.organisationId,
      roles: [{ role: "member", committeeId: world.committee.id }],
    });
    const principal = await loadPrincipal(db, member.id);
    await expect(
      publishAgenda(db, principal as NonNullable<typeof principal>, { meetingId }),
    ).rejects.toMatchObject({ status: 403 });
    await db.update(meetings).set({ status: "held" }).where(eq(meetings.id, meetingId));
    await expect(publishAgenda(db, world.secretary, { meetingId })).rejects.toMatchObject({
      status: 409,
      message: "Mødet er afholdt. Dagsordenen kan ikke længere ændres.",
    });
  });
});
