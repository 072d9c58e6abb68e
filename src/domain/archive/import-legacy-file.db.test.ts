import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  agendaItems,
  attachments,
  auditLog,
  caseFields,
  committees,
  decisions,
  meetingParticipants,
  meetings,
} from "../../db/schema/index.ts";
import type { ParsedMinutes } from "../../import/model.ts";
import { findOrCreateOrganisation } from "../organisation/find-or-create-organisation.ts";
import { importLegacyFile } from "./import-legacy-file.ts";
import { storeParsedMinutes } from "./store-parsed-minutes.ts";

const seed = (name: string) =>
  new URL(`../../../../shared/seeds/${name}`, import.meta.url).pathname;
const SEED_2021 = seed("000_071358dfb169713c.txt");
const SEED_2025 = seed("004_de1d4206ea756d9c.txt");

const database = useTestDatabase();
let organisationId: number;

beforeAll(async () => {
  organisationId = await findOrCreateOrganisation(database.current.db, "Albertslund Kommune");
});

describe("importing legacy minutes into the archive", () => {
  it("stores the meeting with its items, journal numbers, sections, decisions and Bilag", async () => {
    const { db } = database.current;
    const { result } = await importLegacyFile(db, SEED_2021, organisationId);
    expect(result.status).toBe("created");
    const meetingId = (result as { meetingId: number }).meetingId;
    const [meeting] = await db
      .select({
        startsAt: meetings.startsAt,
        location: meetings.location,
        status: meetings.status,
        committee: committees.name,
      })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(eq(meetings.id, meetingId));
    expect(meeting).toEqual({
      startsAt: "2021-11-25 09:00:00",
      location: "Mødelokale 1",
      status: "minutes_approved",
      committee: "Chefforum",
    });
    const items = await db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .orderBy(agendaItems.position);
    expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(items[2]?.title).toBe("CF - Albertslund Kommunes kommende uddannelsesstrategi");
    expect(items[2]?.journalNumber).toBe("81.07.02-A00-1-21");
    const fields = await db
      .select({ label: caseFields.label })
      .from(caseFields)
      .where(eq(caseFields.caseId, items[1]?.caseId ?? 0))
      .orderBy(caseFields.position);
    expect(fields.map((f) => f.label)).toEqual(["Anledning", "Sagsfremstilling", "Indstilling"]);
    const [decision] = await db
      .select({ text: decisions.text })
      .from(decisions)
      .where(eq(decisions.agendaItemId, items[3]?.id ?? 0));
    expect(decision?.text).toBe("Godkendt.");
    const bilag = await db
      .select({ name: attachments.name })
      .from(attachments)
      .where(eq(attachments.agendaItemId, items[5]?.id ?? 0))
      .orderBy(attachments.position);
    expect(bilag.map((b) => b.name)).toEqual([
      "Skabelon - Introduktion til fagudvalg",
      "Styrelsesvedtægt pr. 1. januar 2022.docx",
    ]);
  });

  it("changes nothing when the same file is imported again, and says so", async () => {
    const { db } = database.current;
    const before = await db.select({ n: count() }).from(agendaItems);
    const { result } = await importLegacyFile(db, SEED_2021, organisationId);
    expect(result.status).toBe("unchanged");
    const after = await db.select({ n: count() }).from(agendaItems);
    expect(after).toEqual(before);
  });

  it("keeps the participants with their titles and records the import in the audit log", async () => {
    const { db } = database.current;
    const { result } = await importLegacyFile(db, SEED_2025, organisationId);
    const meetingId = (result as { meetingId: number }).meetingId;
    const people = await db
      .select({ name: meetingParticipants.name, title: meetingParticipants.title })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meetingId))
      .orderBy(meetingParticipants.position);
    expect(people).toHaveLength(10);
    expect(people[1]).toEqual({
      name: "Kristine Klæbel",
      title: "Direktør By, Kultur, Miljø & Beskæftigelse",
    });
    const audit = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, meetingId));
    expect(audit.map((a) => a.action)).toContain("meeting.imported");
    const [postponed] = await db
      .select({ outcome: decisions.outcome })
      .from(decisions)
      .innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
      .where(
        eq(
          agendaItems.title,
          "Beslutning om evaluering af arbejdet med målsætninger 2025 og KB-temamøde",
        ),
      );
    expect(postponed?.outcome).toBe("postponed");
  });

  it("writes nothing when storing fails half-way", async () => {
    const { db } = database.current;
    const before = await db.select({ n: count() }).from(meetings);
    const broken: ParsedMinutes = {
      meeting: {
        committee: "Testudvalg",
        date: "2024-01-10",
        startTime: "10:00",
        location: "",
        participants: [],
        absent: [],
      },
      items: [
        {
          number: 1,
          title: null as unknown as string,
          timeSlot: null,
          durationMinutes: null,
          journalNumber: null,
          sections: [],
          decision: null,
          attachments: [],
          closed: false,
          closureReason: null,
          openDecision: null,
          warnings: [],
        },
      ],
      warnings: [],
    };
    await expect(
      storeParsedMinutes(db, broken, { organisationId, fileName: "x.txt", sha256: "broken" }),
    ).rejects.toThrow();
    const after = await db.select({ n: count() }).from(meetings);
    expect(after).toEqual(before);
    const orphan = await db.select().from(committees).where(eq(committees.name, "Testudvalg"));
    expect(orphan).toEqual([]);
  });
});
