import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { attachments, caseFields, meetingParticipants } from "../../db/schema/index.ts";
import { parseMinutesText } from "../../import/text/parse-minutes.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { findOrCreateOrganisation } from "../organisation/find-or-create-organisation.ts";
import { toPublicMeeting } from "../publication/publication.policy.ts";
import { storeParsedMinutesBatch } from "./store-parsed-minutes-batch.ts";

const SECRET = "HEMMELIG-KØBESUM-12-MIO";

const text = (date: string) => `REFERAT Kommunalbestyrelsen d. ${date}

Mødedato Tirsdag d. ${date} kl. 18:00

Mødested Byrådssalen

Mødedeltagere Birgitte Holm (Borgmester), Søren Friis (Medlem), Aisha Rahimi (Medlem)

Afbud Søren Friis (Medlem), Karl Gæst (Observatør)

Punkt 1: Beslutning om lokalplan

01.02.05-P16-12-25

Sagsfremstilling

Lokalplanen giver plads til 140 boliger.

Beslutning i Økonomiudvalget den 5. marts 2025

Anbefales.

Beslutning

Godkendt.

Punkt 2: Lukket punkt: Salg af grund

82.06.02-G00-4-25

Begrundelse for lukning

Forhandlinger om salg af fast ejendom.

Sagsfremstilling

${SECRET} er budt for grunden.

Åben beslutning

Salget blev godkendt.

Beslutning

${SECRET} blev accepteret.

Bilag

${SECRET} købstilbud`;

const database = useTestDatabase();
let organisationId: number;

beforeAll(async () => {
  organisationId = await findOrCreateOrganisation(database.current.db, "Eksempel Kommune");
});

async function importText(date: string, publishedAt: Date | null) {
  const parsed = parseMinutesText(text(date), `kb-${date}.txt`);
  const [outcome] = await storeParsedMinutesBatch(
    database.current.db,
    [{ parsed, fileName: `kb-${date}.txt`, sha256: `sha-${date}`, publishedAt }],
    organisationId,
  );
  if (outcome?.status !== "created") throw new Error(`not created: ${JSON.stringify(outcome)}`);
  return outcome.meetingId;
}

describe("imported minutes and the public", () => {
  it("keeps imported minutes private unless the import publishes them", async () => {
    const id = await importText("11-03-2025", null);
    const meeting = await getMeeting(database.current.db, id);
    expect(meeting && toPublicMeeting(meeting)).toBeNull();
  });

  it("publishes a closed item as title, reason and open decision only", async () => {
    const id = await importText("18-03-2025", new Date());
    const meeting = await getMeeting(database.current.db, id);
    const view = meeting ? toPublicMeeting(meeting) : null;
    expect(view?.kind).toBe("minutes");
    expect(view?.items[1]).toEqual({
      closed: true,
      number: 2,
      title: "Salg af grund",
      closureReason: "Forhandlinger om salg af fast ejendom.",
      openDecision: "Salget blev godkendt.",
    });
    expect(JSON.stringify(view)).not.toContain(SECRET);
    const closedCaseId = meeting?.items[1]?.caseId ?? 0;
    const fields = await database.current.db
      .select()
      .from(caseFields)
      .where(eq(caseFields.caseId, closedCaseId));
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((f) => !f.public)).toBe(true);
    const files = await database.current.db
      .select()
      .from(attachments)
      .where(eq(attachments.caseId, closedCaseId));
    expect(files.map((f) => f.public)).toEqual([false]);
  });

  it("keeps an earlier committee's decision as a field and this meeting's as the decision", async () => {
    const id = await importText("25-03-2025", null);
    const meeting = await getMeeting(database.current.db, id);
    const item = meeting?.items[0];
    expect(item?.decision?.text).toBe("Godkendt.");
    expect(item?.fields.map((f) => f.label)).toEqual([
      "Sagsfremstilling",
      "Beslutning i Økonomiudvalget den 5. marts 2025",
    ]);
  });

  it("marks a listed participant who sent apologies as absent instead of listing them twice", async () => {
    const id = await importText("01-04-2025", null);
    const people = await database.current.db
      .select({ name: meetingParticipants.name })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, id))
      .orderBy(meetingParticipants.position);
    expect(people.map((p) => p.name)).toEqual([
      "Birgitte Holm",
      "Søren Friis",
      "Aisha Rahimi",
      "Karl Gæst",
    ]);
    const meeting = await getMeeting(database.current.db, id);
    const absent = meeting?.participants.filter((p) =>
      p.attendance.some((a) => a.status === "absent"),
    );
    expect(absent?.map((p) => p.name)).toEqual(["Søren Friis", "Karl Gæst"]);
  });
});
