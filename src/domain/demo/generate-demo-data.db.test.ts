import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  agendaItems,
  attachments,
  caseFields,
  cases,
  committees,
  decisions,
  meetings,
  memberships,
  minutesSignoffs,
  speakerRequests,
  standingItems,
  users,
} from "../../db/schema/index.ts";
import { FileSystemStorage } from "../../storage/file-system-storage.ts";
import { verifyPassword } from "../auth/hash-password.ts";
import { getMeetings } from "../meeting/get-meetings.ts";
import { holdsSeat } from "../meeting-room/presence.ts";
import { listRoster, listRosterOn } from "../roster/list-roster.ts";
import { DEMO_PASSWORD, type DemoSummary, generateDemoData } from "./generate-demo-data.ts";

const database = useTestDatabase();
let root: string;
let storage: FileSystemStorage;
let summary: DemoSummary;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-demo-"));
  storage = new FileSystemStorage(root);
  summary = await generateDemoData(database.current.db, storage, {
    years: 1,
    committees: 4,
    today: "2026-06-15",
  });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("demo data", () => {
  it("creates the four committees of Eksempel Kommune", async () => {
    const rows = await database.current.db.select({ name: committees.name }).from(committees);
    expect(rows.map((r) => r.name).sort()).toEqual([
      "Chefforum",
      "Kommunalbestyrelsen",
      "KommuneMED",
      "Økonomiudvalget",
    ]);
  });

  it("creates a user per role who can log in with the documented password", async () => {
    const { db } = database.current;
    const rows = await db
      .select({ email: users.email, hash: users.passwordHash, role: memberships.role })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id));
    expect(new Set(rows.map((r) => r.role))).toEqual(
      new Set(["admin", "secretary", "author", "approver", "member"]),
    );
    const secretary = rows.find((r) => r.email === "sekretaer@eksempel.dk");
    expect(await verifyPassword(DEMO_PASSWORD, secretary?.hash ?? "")).toBe(true);
  });

  it("spans a year of meetings, from approved minutes to planned meetings", async () => {
    const { db } = database.current;
    const rows = await db
      .select({ status: meetings.status, startsAt: meetings.startsAt })
      .from(meetings);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["planned", "agenda_published", "minutes_published", "minutes_approved"]),
    );
    const dates = rows.map((r) => r.startsAt).sort();
    expect(dates[0]?.slice(0, 7)).toBe("2025-09");
    expect(dates.at(-1)?.slice(0, 7)).toBe("2026-09");
    expect(summary.meetings).toBe(rows.length);
  });

  it("publishes and approves nothing after the day it is made for", async () => {
    const rows = await database.current.db
      .select({
        agenda: meetings.agendaPublishedAt,
        minutes: meetings.minutesPublishedAt,
        approved: meetings.minutesApprovedAt,
      })
      .from(meetings);
    const times = rows.flatMap((r) => [r.agenda, r.minutes, r.approved]).filter((t) => t !== null);
    expect(times.length).toBeGreaterThan(0);
    for (const at of times) expect(at.toISOString() <= "2026-06-15T23:59:59Z").toBe(true);
  });

  it("has sent the agenda of every meeting past planned, once, each item with its time", async () => {
    const { db } = database.current;
    const rows = await db
      .select({
        status: meetings.status,
        version: meetings.agendaVersion,
        sentIn: agendaItems.publishedInVersion,
        slot: agendaItems.slotStart,
        minutes: agendaItems.durationMinutes,
      })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({ version: 1, sentIn: 1 });
      if ((row.minutes ?? 0) > 0) expect(row.slot).toMatch(/^\d{2}:\d{2}$/);
    }
    const planned = await db
      .select({ version: meetings.agendaVersion })
      .from(meetings)
      .where(eq(meetings.status, "planned"));
    expect(new Set(planned.map((m) => m.version))).toEqual(new Set([0]));
  });

  it("has a closed item in published minutes whose confidential text is marked, but not its open decision", async () => {
    const { db } = database.current;
    const closed = await db
      .select({
        id: agendaItems.id,
        caseId: agendaItems.caseId,
        reason: agendaItems.closureReason,
        open: agendaItems.openDecision,
      })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(and(eq(agendaItems.closed, true), eq(meetings.status, "minutes_published")));
    expect(closed.length).toBeGreaterThan(0);
    const item = closed[0];
    expect(item?.reason).toMatch(/lukkede døre/);
    expect(item?.open).not.toContain("FORTROLIGT-DEMO-7F3A");
    const fields = await db
      .select({ text: caseFields.text, public: caseFields.public })
      .from(caseFields)
      .where(eq(caseFields.caseId, item?.caseId ?? 0));
    expect(fields.some((f) => f.text.includes("FORTROLIGT-DEMO-7F3A"))).toBe(true);
    expect(fields.every((f) => !f.public)).toBe(true);
    const [decision] = await db
      .select({ text: decisions.text })
      .from(decisions)
      .where(eq(decisions.agendaItemId, item?.id ?? 0));
    expect(decision?.text).toContain("FORTROLIGT-DEMO-7F3A");
  });

  it("relists a postponed case at the next meeting, so it has two appearances", async () => {
    const { db } = database.current;
    const postponed = await db
      .select({ caseId: agendaItems.caseId })
      .from(decisions)
      .innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
      .where(eq(decisions.outcome, "postponed"));
    expect(postponed.length).toBeGreaterThan(0);
    const ids = postponed.map((p) => p.caseId as number);
    const appearances = await db
      .select({ caseId: agendaItems.caseId, n: count() })
      .from(agendaItems)
      .where(inArray(agendaItems.caseId, ids))
      .groupBy(agendaItems.caseId);
    expect(appearances.every((a) => a.n >= 2)).toBe(true);
  });

  it("gives every committee standing items and Økonomiudvalget approved cases ready for an agenda", async () => {
    const { db } = database.current;
    const standing = await db
      .select({ committeeId: standingItems.committeeId, placement: standingItems.placement })
      .from(standingItems);
    expect(new Set(standing.map((s) => s.committeeId)).size).toBe(4);
    const [oekonomi] = await db
      .select({ id: committees.id })
      .from(committees)
      .where(eq(committees.name, "Økonomiudvalget"));
    const ready = await db
      .select({ id: cases.id, status: cases.status })
      .from(cases)
      .where(and(eq(cases.committeeId, oekonomi?.id ?? 0), eq(cases.status, "approved")));
    expect(ready.length).toBeGreaterThanOrEqual(5);
    const onAgenda = await db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(
        inArray(
          agendaItems.caseId,
          ready.map((r) => r.id),
        ),
      );
    expect(onAgenda).toEqual([]);
  });

  it("stores attachments as real PDFs whose sha512 matches the record", async () => {
    const { db } = database.current;
    const [file] = await db.select().from(attachments).where(eq(attachments.public, true)).limit(1);
    const bytes = Buffer.from(await storage.get(file?.storageKey ?? ""));
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(createHash("sha512").update(bytes).digest("hex")).toBe(file?.sha512);
    expect(bytes.byteLength).toBe(file?.sizeBytes);
  });

  it("gives every committee a roster with parties, a formand, a næstformand and a substitute", async () => {
    const { db } = database.current;
    const rows = await db.select({ id: committees.id, name: committees.name }).from(committees);
    for (const c of rows) {
      const roster = await listRoster(db, c.id, "2026-06-15");
      const current = roster.current;
      expect(current.length, c.name).toBeGreaterThanOrEqual(7);
      expect(current.length, c.name).toBeLessThanOrEqual(15);
      const roles = current.map((x) => x.role);
      expect(
        roles.filter((r) => r === "chair"),
        c.name,
      ).toHaveLength(1);
      expect(
        roles.filter((r) => r === "vice_chair"),
        c.name,
      ).toHaveLength(1);
      expect(
        current.some((x) => x.role === "substitute" && x.substituteForName),
        c.name,
      ).toBe(true);
      expect(
        current.every((x) => x.party),
        c.name,
      ).toBe(true);
    }
    const economy = rows.find((c) => c.name === "Økonomiudvalget");
    const roster = await listRoster(db, economy?.id ?? 0, "2026-06-15");
    const member = roster.current.find((x) => x.name === "Mads Medlem");
    const [user] = await db.select().from(users).where(eq(users.email, "medlem@eksempel.dk"));
    expect(member?.userId).toBe(user?.id);
    // Every member of a political roster can log in, as a member of that committee.
    expect(roster.current.every((x) => x.userId !== null)).toBe(true);
    const [chair] = await db
      .select({ id: users.id, hash: users.passwordHash, committeeId: memberships.committeeId })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(
        and(
          eq(users.email, "birgitte.holm@eksempel.dk"),
          eq(memberships.committeeId, economy?.id ?? 0),
        ),
      );
    expect(await verifyPassword(DEMO_PASSWORD, chair?.hash ?? "")).toBe(true);
    expect(new Set(roster.current.map((x) => x.party))).toEqual(
      new Set(["A", "V", "F", "Ø", "C", "B"]),
    );
    expect(roster.past.map((x) => x.name)).toEqual(["Kim Lauridsen"]);
    // A meeting planned now invites the roster of its date, the member as a user.
    const invited = await listRosterOn(db, economy?.id ?? 0, "2026-09-02");
    expect(invited.map((x) => x.name)).toEqual([
      "Birgitte Holm",
      "Søren Friis",
      "Aisha Rahimi",
      "Henrik Dahl",
      "Karsten Møller",
      "Mads Medlem",
      "Nanna Vinther",
    ]);
  });

  it("lists a case once per meeting, a postponed one included", async () => {
    const { db } = database.current;
    const rows = await db
      .select({
        meetingId: agendaItems.meetingId,
        caseId: agendaItems.caseId,
        title: agendaItems.title,
      })
      .from(agendaItems);
    const seen = new Set<string>();
    for (const r of rows) {
      if (r.caseId === null) continue;
      // Not the same case, nor another case of the same title and journal number.
      const key = `${r.meetingId}: ${r.title}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it("invites every seat of the roster to each meeting, so the quorum counts whom it lists", async () => {
    const { db } = database.current;
    const all = await getMeetings(
      db,
      (await db.select({ id: meetings.id }).from(meetings)).map((m) => m.id),
    );
    for (const m of all) {
      const label = `${m.committee.name} ${m.startsAt}`;
      expect(m.seats, label).toBe(m.participants.filter(holdsSeat).length);
    }
  });

  it("shows the meeting room in every held political meeting", async () => {
    const { db } = database.current;
    const [economy] = await db
      .select({ id: committees.id })
      .from(committees)
      .where(eq(committees.name, "Økonomiudvalget"));
    const heldRows = await db
      .select({ id: meetings.id, status: meetings.status, room: meetings.roomStatus })
      .from(meetings)
      .where(
        and(
          eq(meetings.committeeId, economy?.id ?? 0),
          inArray(meetings.status, ["minutes_published", "minutes_approved"]),
        ),
      );
    expect(heldRows.length).toBeGreaterThan(3);
    expect(heldRows.every((m) => m.room === "ended")).toBe(true);
    const held = await getMeetings(
      db,
      heldRows.map((m) => m.id),
    );
    for (const meeting of held) {
      const where = `${meeting.startsAt}`;
      const members = meeting.participants.filter((p) => !p.substituteForId);
      expect(members, where).toHaveLength(7);
      // The quorum counts the seats of the meeting's day: every one of them was invited.
      expect(meeting.seats, where).toBe(members.filter((p) => !p.guest).length);
      expect(meeting.items.every((i) => i.startedAt && i.endedAt && i.endedAt > i.startedAt)).toBe(
        true,
      );
      const times = meeting.items.map((i) => i.startedAt?.getTime() ?? 0);
      expect(times, where).toEqual([...times].sort((a, b) => a - b));
      expect(
        meeting.participants.some((p) =>
          p.attendance.some((a) => a.status === "arrived_late" && a.showInMinutes && a.note),
        ),
        where,
      ).toBe(true);
      expect(
        meeting.items.some((i) => i.conflicts.length === 1),
        where,
      ).toBe(true);
      const voted = meeting.items.flatMap((i) => i.votes);
      expect(
        voted.some((v) => v.forCount === null && v.inFavour.length > 0),
        where,
      ).toBe(true);
      // Every absent member with a substitute on the roster has them stand in.
      const absent = members.filter((p) =>
        p.attendance.some((a) => a.status === "absent" && a.agendaItemNumber === null),
      );
      const subs = meeting.participants.filter((p) => p.substituteForId);
      expect(
        subs.every((s) => absent.some((a) => a.id === s.substituteForId)),
        where,
      ).toBe(true);
    }
    const counted = held.flatMap((m) => m.items.flatMap((i) => i.votes)).filter((v) => v.forCount);
    expect(counted.length).toBeGreaterThan(0);
    for (const v of counted) {
      expect((v.forCount ?? 0) > (v.againstCount ?? 0)).toBe(true);
    }
    const ids = heldRows.map((m) => m.id);
    const speakers = await db
      .select({ n: count() })
      .from(speakerRequests)
      .where(inArray(speakerRequests.meetingId, ids));
    expect(speakers[0]?.n).toBeGreaterThan(heldRows.length);
    const approved = heldRows.filter((m) => m.status === "minutes_approved");
    for (const m of approved) {
      const signed = await db
        .select({ participantId: minutesSignoffs.participantId })
        .from(minutesSignoffs)
        .where(eq(minutesSignoffs.meetingId, m.id));
      const meeting = held.find((x) => x.id === m.id);
      const present = (meeting?.participants ?? []).filter(
        (p) =>
          !p.substituteForId &&
          !p.attendance.some((a) => a.status === "absent" && a.agendaItemNumber === null),
      );
      expect(signed.length).toBe(present.length);
    }
  });
});
