import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAgendaItem,
  createAuthoringCommittee,
  createMeeting,
  createSession,
  createWrittenCase,
} from "../../../test/factories.ts";
import {
  hasPoppler,
  pdfHeadings,
  pdfMetadata,
  skippedHeadingLevels,
} from "../../../test/poppler.ts";
import { caseFields, meetings, minutesVersions } from "../../db/schema/index.ts";
import { formPost, sessionCookie, testApp } from "../../http/testing.ts";
import { createLogger } from "../../logger.ts";
import { addCasesToAgenda } from "../agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../agenda/publish-agenda.ts";
import { planMeeting } from "../meeting/plan-meeting.ts";
import { publishMinutes } from "../minutes/publish-minutes.ts";

/** Text the Word renderer below cannot write: a render failure we have not met yet. */
const UNRENDERABLE = "UMULIG-WORDTEKST";

vi.mock("../../render/docx/render-docx.ts", async (original) => {
  const real = await original<typeof import("../../render/docx/render-docx.ts")>();
  return {
    ...real,
    renderDocx: async (doc: { items: unknown[] }) => {
      if (JSON.stringify(doc.items).includes(UNRENDERABLE)) throw new Error("docx exploded");
      return real.renderDocx(doc as never);
    },
  };
});

const database = useTestDatabase();
let world: AuthoringCommittee;
let room = 0;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

/** An approved case whose Sagsfremstilling holds `content`, on a newly planned meeting. */
async function agendaWith(title: string, content: unknown[]) {
  const { db } = database.current;
  const kase = await createWrittenCase(db, world, {
    title,
    submitTo: world.approver,
    approve: true,
  });
  await db
    .update(caseFields)
    .set({ doc: { type: "doc", content } as never })
    .where(and(eq(caseFields.caseId, kase.id), eq(caseFields.key, "sagsfremstilling")));
  const { meetingId } = await planMeeting(db, world.secretary, {
    committeeId: world.committee.id,
    date: "2031-05-14",
    start: "09:00",
    end: "10:00",
    location: `Lokale ${++room}`,
  });
  await addCasesToAgenda(db, world.secretary, { meetingId, caseIds: [kase.id] });
  return meetingId;
}

const text = (t: string) => ({ type: "text", text: t });
const underheading = (t: string) => ({ type: "heading", attrs: { level: 2 }, content: [text(t)] });
const paragraph = (t: string) => ({ type: "paragraph", content: [text(t)] });

async function meetingRow(id: number) {
  const [row] = await database.current.db.select().from(meetings).where(eq(meetings.id, id));
  return row;
}

describe("checking every document before publishing", () => {
  it.skipIf(!hasPoppler())(
    "publishes an agenda written with only »Underoverskrift«; its public PDF is PDF/UA-1 with no skipped heading level",
    async () => {
      const { db } = database.current;
      const meetingId = await agendaWith("Beslutning om legepladser", [
        underheading("Baggrund"),
        paragraph("Legepladserne er slidte."),
        underheading("Vurdering"),
        paragraph("Forvaltningen anbefaler en renovering."),
      ]);
      await expect(publishAgenda(db, world.secretary, { meetingId })).resolves.toMatchObject({
        version: 1,
      });
      const response = await testApp(db).request(`/moeder/${meetingId}/dokument.pdf`);
      expect(response.status).toBe(200);
      const pdf = new Uint8Array(await response.arrayBuffer());
      expect(await pdfMetadata(pdf)).toContain("<pdfuaid:part>1</pdfuaid:part>");
      const headings = await pdfHeadings(pdf);
      expect(headings).toContainEqual({ level: 4, text: "Baggrund" });
      expect(skippedHeadingLevels(headings.map((h) => h.level))).toEqual([]);
    },
  );

  it("refuses an agenda whose document cannot be made, naming the item and field, and publishes nothing", async () => {
    const { db } = database.current;
    const meetingId = await agendaWith("Beslutning om budget 2027", [paragraph(UNRENDERABLE)]);
    const refused = publishAgenda(db, world.secretary, { meetingId });
    await expect(refused).rejects.toMatchObject({ status: 400 });
    const message = await refused.catch((e: Error) => e.message);
    expect(message).toMatch(
      /^Punkt 1 ›Beslutning om budget 2027‹, feltet ›Sagsfremstilling‹: Word-filen kunne ikke dannes \(teknisk årsag: docx exploded\)\. Ret teksten i sagen, og prøv igen\.$/,
    );
    expect(await meetingRow(meetingId)).toMatchObject({ status: "planned", agendaVersion: 0 });
  });

  it("shows the refusal on the meeting page with a 400 and logs it with the meeting id", async () => {
    const { db } = database.current;
    const meetingId = await agendaWith("Beslutning om parkering", [paragraph(UNRENDERABLE)]);
    const lines: string[] = [];
    const logger = createLogger("error", { write: (line: string) => void lines.push(line) });
    const { token, csrfToken } = await createSession(db, world.secretary.user.id);
    const response = await testApp(db, {}, { logger }).request(
      `/app/moeder/${meetingId}/dagsorden/udsend`,
      formPost({ _csrf: csrfToken }, { cookie: sessionCookie(token) }),
    );
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("Punkt 1 ›Beslutning om parkering‹, feltet ›Sagsfremstilling‹");
    expect(page).toContain("Ret teksten i sagen, og prøv igen.");
    expect(await meetingRow(meetingId)).toMatchObject({ status: "planned" });
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.meetingId === meetingId);
    expect(logged).toMatchObject({ variant: "internal", format: "docx" });
  });

  it("refuses minutes whose decision cannot be made, and stores no minutes version", async () => {
    const { db } = database.current;
    const meeting = await createMeeting(db, {
      organisationId: world.organisationId,
      committeeId: world.committee.id,
      status: "held",
    });
    await createAgendaItem(db, {
      meetingId: meeting.id,
      title: "Orientering om trafik",
      fields: [{ key: "sagsfremstilling", label: "Sagsfremstilling", text: "Baggrund." }],
      decision: { text: `Taget til efterretning. ${UNRENDERABLE}` },
    });
    const refused = publishMinutes(db, world.secretary, { meetingId: meeting.id });
    await expect(refused).rejects.toMatchObject({ status: 400 });
    expect(await refused.catch((e: Error) => e.message)).toMatch(
      /^Punkt 1 ›Orientering om trafik‹, afsnittet ›Beslutning‹: .* Ret det under mødeafviklingen, og prøv igen\.$/,
    );
    expect(await meetingRow(meeting.id)).toMatchObject({ status: "held" });
    const versions = await db
      .select()
      .from(minutesVersions)
      .where(eq(minutesVersions.meetingId, meeting.id));
    expect(versions).toEqual([]);
  });
});

describe("downloading a document that cannot be made", () => {
  it("answers a Danish page naming the item and field instead of a bare 500, logged with the meeting id", async () => {
    const { db } = database.current;
    const meetingId = await agendaWith("Beslutning om stier", [paragraph("Stierne er slidte.")]);
    await publishAgenda(db, world.secretary, { meetingId });
    // Written after publishing, as a later change (or an older version) could.
    await db
      .update(caseFields)
      .set({ doc: { type: "doc", content: [paragraph(UNRENDERABLE)] } as never })
      .where(eq(caseFields.key, "sagsfremstilling"));
    const lines: string[] = [];
    const logger = createLogger("error", { write: (line: string) => void lines.push(line) });
    const response = await testApp(db, {}, { logger }).request(
      `/moeder/${meetingId}/dokument.docx`,
    );
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toContain("text/html");
    const page = await response.text();
    expect(page).toContain("Dokumentet kunne ikke dannes");
    expect(page).toContain(
      "Punkt 1 ›Beslutning om stier‹, feltet ›Sagsfremstilling‹: Word-filen kunne ikke dannes",
    );
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === "document render failed");
    expect(logged).toMatchObject({ meetingId: String(meetingId), file: "dokument.docx" });
    const pdf = await testApp(db).request(`/moeder/${meetingId}/dokument.pdf`);
    expect(pdf.status).toBe(200);
  });
});
