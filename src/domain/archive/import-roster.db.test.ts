import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  meetingParticipants,
  meetings,
  persons,
  rosterMemberships,
} from "../../db/schema/index.ts";
import { findOrCreateOrganisation } from "../organisation/find-or-create-organisation.ts";
import { listRosterOn } from "../roster/list-roster.ts";
import { importLegacyFile } from "./import-legacy-file.ts";

const seed = (name: string) =>
  new URL(`../../../../shared/seeds/${name}`, import.meta.url).pathname;
const SEED_2025 = seed("004_de1d4206ea756d9c.txt");

const database = useTestDatabase();
let organisationId: number;
let dir: string;
/** The same meeting four weeks later, its chair's name written in capitals. */
let april: string;

beforeAll(async () => {
  organisationId = await findOrCreateOrganisation(database.current.db, "Albertslund Kommune");
  dir = await mkdtemp(join(tmpdir(), "referat-roster-import-"));
  april = join(dir, "april.txt");
  const text = (await readFile(SEED_2025, "utf8"))
    .replace("d. 12-03-2025", "d. 09-04-2025")
    .replace("d. 12. marts 2025", "d. 9. april 2025")
    .replace("Henrik Harder (", "HENRIK HARDER (");
  await writeFile(april, text);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function rosterRows() {
  return database.current.db
    .select({
      name: persons.name,
      committeeId: rosterMemberships.committeeId,
      startsOn: rosterMemberships.startsOn,
      endsOn: rosterMemberships.endsOn,
      role: rosterMemberships.role,
    })
    .from(rosterMemberships)
    .innerJoin(persons, eq(persons.id, rosterMemberships.personId))
    .where(eq(persons.organisationId, organisationId))
    .orderBy(asc(persons.name), asc(rosterMemberships.startsOn));
}

async function meetingOf(id: number) {
  const [row] = await database.current.db.select().from(meetings).where(eq(meetings.id, id));
  if (!row) throw new Error("no meeting");
  return row;
}

describe("imported participants join the committee's roster", () => {
  it("adds each participant as a person with a membership, linked from the participant row", async () => {
    const { db } = database.current;
    const { result } = await importLegacyFile(db, SEED_2025, organisationId);
    const meeting = await meetingOf((result as { meetingId: number }).meetingId);
    const participants = await db
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meeting.id))
      .orderBy(asc(meetingParticipants.position));
    expect(participants).toHaveLength(10);
    expect(participants.every((p) => p.personId !== null)).toBe(true);
    const roster = await rosterRows();
    expect(roster).toHaveLength(10);
    expect(roster.every((r) => r.startsOn === "2025-03-12" && r.endsOn === "2025-03-12")).toBe(
      true,
    );
    expect(roster.find((r) => r.name === "Henrik Harder")?.role).toBe("member");
    const invited = await listRosterOn(db, meeting.committeeId, "2025-03-12");
    expect(invited.map((x) => x.name).sort()).toEqual(participants.map((p) => p.name).sort());
    expect(await listRosterOn(db, meeting.committeeId, "2025-03-13")).toEqual([]);
  });

  it("matches a later meeting's participants by name, whatever the case, and is idempotent", async () => {
    const { db } = database.current;
    const { result } = await importLegacyFile(db, april, organisationId);
    expect(result.status).toBe("created");
    const meeting = await meetingOf((result as { meetingId: number }).meetingId);
    const after = await rosterRows();
    expect(after).toHaveLength(10);
    expect(after.every((r) => r.startsOn === "2025-03-12" && r.endsOn === "2025-04-09")).toBe(true);
    const [chair] = await db
      .select({ personId: meetingParticipants.personId, name: meetingParticipants.name })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meeting.id))
      .orderBy(asc(meetingParticipants.position));
    expect(chair?.name).toBe("HENRIK HARDER");
    const [person] = await db
      .select({ name: persons.name })
      .from(persons)
      .where(eq(persons.id, chair?.personId ?? 0));
    expect(person?.name).toBe("Henrik Harder");
    expect((await listRosterOn(db, meeting.committeeId, "2025-04-01")).length).toBe(10);
    const again = await importLegacyFile(db, april, organisationId);
    expect(again.result.status).toBe("unchanged");
    expect(await rosterRows()).toEqual(after);
  });

  it("leaves an open-ended membership the secretary made as it is", async () => {
    const { db } = database.current;
    const other = await findOrCreateOrganisation(db, "Eksempel på matchning");
    const { result } = await importLegacyFile(db, SEED_2025, other);
    const meeting = await meetingOf((result as { meetingId: number }).meetingId);
    await db
      .update(rosterMemberships)
      .set({ endsOn: null, startsOn: "2020-01-01" })
      .where(eq(rosterMemberships.committeeId, meeting.committeeId));
    await importLegacyFile(db, april, other);
    const kept = await db
      .select({ startsOn: rosterMemberships.startsOn, endsOn: rosterMemberships.endsOn })
      .from(rosterMemberships)
      .where(
        and(
          eq(rosterMemberships.committeeId, meeting.committeeId),
          eq(rosterMemberships.organisationId, other),
        ),
      );
    expect(kept).toHaveLength(10);
    expect(kept.every((k) => k.endsOn === null && k.startsOn === "2020-01-01")).toBe(true);
  });
});
