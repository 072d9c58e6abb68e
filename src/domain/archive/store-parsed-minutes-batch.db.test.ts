import { count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  agendaItems,
  caseFields,
  cases,
  committees,
  decisions,
  meetingParticipants,
  meetings,
} from "../../db/schema/index.ts";
import { readLegacyFile } from "../../import/read-legacy-file.ts";
import { findOrCreateOrganisation } from "../organisation/find-or-create-organisation.ts";
import { type MinutesFile, storeParsedMinutesBatch } from "./store-parsed-minutes-batch.ts";

const seed = (name: string) =>
  new URL(`../../../../shared/seeds/${name}`, import.meta.url).pathname;
const SEEDS = ["000_071358dfb169713c.txt", "003_7dbc04d3acd88369.txt", "004_de1d4206ea756d9c.txt"];

const database = useTestDatabase();
let organisationId: number;

beforeAll(async () => {
  organisationId = await findOrCreateOrganisation(database.current.db, "Høje-Taastrup Kommune");
});

/** A seed parsed as a file of its own: its own SHA-256 and, when given, another date. */
async function file(index: number, sha256: string, date?: string): Promise<MinutesFile> {
  const name = SEEDS[index] as string;
  const parsed = await readLegacyFile(seed(name));
  if (date) parsed.meeting.date = date;
  return { parsed, fileName: `${sha256}-${name}`, sha256 };
}

const meetingIdOf = (outcome: unknown) => (outcome as { meetingId: number }).meetingId;

async function itemsOf(meetingId: number): Promise<number> {
  const db = database.current.db;
  const [row] = await db
    .select({ n: count() })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId));
  return row?.n ?? 0;
}

describe("storing several parsed minutes at once", () => {
  it("stores every file as its own meeting with its own items, fields, decisions and people", async () => {
    const { db } = database.current;
    const files = [await file(0, "a1"), await file(1, "a2"), await file(2, "a3")];
    const outcomes = await storeParsedMinutesBatch(db, files, organisationId);

    expect(outcomes.map((o) => o.status)).toEqual(["created", "created", "created"]);
    expect(outcomes.map((o) => (o as { items: number }).items)).toEqual([7, 9, 10]);
    const ids = outcomes.map(meetingIdOf);
    expect(new Set(ids).size).toBe(3);
    const itemCounts: number[] = [];
    for (const id of ids) itemCounts.push(await itemsOf(id));
    expect(itemCounts).toEqual([7, 9, 10]);

    const stored = await db
      .select({ id: meetings.id, file: meetings.importFileName })
      .from(meetings)
      .where(inArray(meetings.id, ids))
      .orderBy(meetings.id);
    expect(stored.map((m) => m.file)).toEqual(files.map((f) => f.fileName));
    const people = await db
      .select({ meetingId: meetingParticipants.meetingId, n: count() })
      .from(meetingParticipants)
      .where(inArray(meetingParticipants.meetingId, ids))
      .groupBy(meetingParticipants.meetingId);
    expect(people).toEqual([{ meetingId: ids[2], n: 10 }]);

    // Each item's fields and decision belong to that item, not to a neighbour in the batch.
    const items = await db
      .select({ id: agendaItems.id, caseId: agendaItems.caseId })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, ids[0] as number))
      .orderBy(agendaItems.position);
    const [decision] = await db
      .select({ text: decisions.text })
      .from(decisions)
      .where(eq(decisions.agendaItemId, items[3]?.id ?? 0));
    expect(decision?.text).toBe("Godkendt.");
    const fields = await db
      .select({ label: caseFields.label })
      .from(caseFields)
      .where(eq(caseFields.caseId, items[1]?.caseId ?? 0))
      .orderBy(caseFields.position);
    expect(fields.map((f) => f.label)).toEqual(["Anledning", "Sagsfremstilling", "Indstilling"]);
  });

  it.each([25, 1])(
    "tells created, unchanged and duplicate files apart as one-by-one storing would (%i per transaction)",
    async (chunkSize) => {
      const { db } = database.current;
      const day = chunkSize === 1 ? "2031-05-0" : "2030-05-0";
      const [earlier] = await storeParsedMinutesBatch(
        db,
        [await file(0, `old-${chunkSize}`, `${day}1`)],
        organisationId,
      );
      const [before] = await db.select({ n: count() }).from(meetings);

      const outcomes = await storeParsedMinutesBatch(
        db,
        [
          await file(0, `old-${chunkSize}`, `${day}1`), // the same file again
          await file(1, `new-${chunkSize}`, `${day}2`),
          await file(1, `twin-${chunkSize}`, `${day}2`), // another file, same meeting
          await file(1, `new-${chunkSize}`, `${day}2`), // the new file twice
          await file(2, `other-${chunkSize}`, `${day}3`), // another meeting
        ],
        organisationId,
        chunkSize,
      );

      const created = meetingIdOf(outcomes[1]);
      expect(outcomes).toEqual([
        { status: "unchanged", meetingId: meetingIdOf(earlier) },
        { status: "created", meetingId: created, items: 9 },
        { status: "duplicate", meetingId: created, importedFrom: `new-${chunkSize}-${SEEDS[1]}` },
        { status: "unchanged", meetingId: created },
        { status: "created", meetingId: expect.any(Number), items: 10 },
      ]);
      const [after] = await db.select({ n: count() }).from(meetings);
      expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(2);
      expect(await itemsOf(created)).toBe(9);
    },
  );

  it("stores the other files when one fails, and writes nothing of that one", async () => {
    const { db } = database.current;
    const broken = await file(0, "broken", "2032-01-02");
    broken.parsed.meeting.committee = "Udvalget der aldrig blev til";
    (broken.parsed.items[4] as { title: string | null }).title = null;
    const outcomes = await storeParsedMinutesBatch(
      db,
      [await file(1, "good-1", "2032-01-01"), broken, await file(2, "good-2", "2032-01-03")],
      organisationId,
    );

    expect(outcomes.map((o) => o.status)).toEqual(["created", "failed", "created"]);
    expect((outcomes[1] as { error: unknown }).error).toBeInstanceOf(Error);
    expect(await itemsOf(meetingIdOf(outcomes[0]))).toBe(9);
    expect(await itemsOf(meetingIdOf(outcomes[2]))).toBe(10);
    const leftovers = await db
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.importSha256, "broken"));
    expect(leftovers).toEqual([]);
    const committee = await db
      .select({ id: committees.id })
      .from(committees)
      .where(eq(committees.name, "Udvalget der aldrig blev til"));
    expect(committee).toEqual([]);
  });

  it("keeps a closed item closed, with its public reason and open decision", async () => {
    const { db } = database.current;
    const minutes = await file(0, "closed", "2034-03-01");
    Object.assign(minutes.parsed.items[2] as object, {
      closed: true,
      closureReason: "Personsag, jf. styrelseslovens § 10.",
      openDecision: "Indstillingen blev godkendt.",
    });
    const [outcome] = await storeParsedMinutesBatch(db, [minutes], organisationId);
    const items = await db
      .select({
        closed: agendaItems.closed,
        reason: agendaItems.closureReason,
        open: agendaItems.openDecision,
        caseClosed: cases.closed,
      })
      .from(agendaItems)
      .innerJoin(cases, eq(cases.id, agendaItems.caseId))
      .where(eq(agendaItems.meetingId, meetingIdOf(outcome)))
      .orderBy(agendaItems.position);
    expect(items.map((i) => i.closed)).toEqual([false, false, true, false, false, false, false]);
    expect(items[2]).toEqual({
      closed: true,
      reason: "Personsag, jf. styrelseslovens § 10.",
      open: "Indstillingen blev godkendt.",
      caseClosed: true,
    });
  });

  it("creates a new committee once, however its name is capitalised in the batch", async () => {
    const { db } = database.current;
    const first = await file(0, "case-1", "2033-02-01");
    const second = await file(1, "case-2", "2033-02-02");
    first.parsed.meeting.committee = "Klimaudvalget";
    second.parsed.meeting.committee = "KLIMAUDVALGET";
    const outcomes = await storeParsedMinutesBatch(db, [first, second], organisationId);
    expect(outcomes.map((o) => o.status)).toEqual(["created", "created"]);
    const rows = await db
      .select({ committeeId: meetings.committeeId })
      .from(meetings)
      .where(inArray(meetings.id, outcomes.map(meetingIdOf)));
    expect(new Set(rows.map((r) => r.committeeId)).size).toBe(1);
  });
});
