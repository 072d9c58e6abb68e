import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
  createSession,
  createUser,
} from "../../test/factories.ts";
import { hasPoppler, pdfInfo, pdfText } from "../../test/poppler.ts";
import { storeAttachment } from "../domain/attachment/store-attachment.ts";
import { FileSystemStorage } from "../storage/file-system-storage.ts";
import { sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
const poppler = hasPoppler();
const SECRET = { field: "HEMMELIG-SAGSTEKST", attachment: "HEMMELIGT-BILAGSINDHOLD" };
let root: string;
let storage: FileSystemStorage;
const ids = { meeting: 0, unpublished: 0, org: 0, committee: 0 };

async function pdfWithText(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText(text, { x: 50, y: 700, size: 14, font });
  return doc.save();
}

const app = () => testApp(database.current.db, {}, { storage });
const flat = (text: string) => text.replace(/\s+/g, " ");

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-documents-"));
  storage = new FileSystemStorage(root);
  const { db } = database.current;
  const org = await createOrganisation(db, { name: "Eksempel Kommune" });
  const committee = await createCommittee(db, { organisationId: org.id, name: "Økonomiudvalget" });
  const base = { organisationId: org.id, committeeId: committee.id };
  const meeting = await createMeeting(db, { ...base, status: "minutes_approved" });
  const open = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: "Budget 2027",
    journalNumber: "00.30.00-S00-1-26",
    fields: [{ label: "Indstilling", text: "at budgettet vedtages" }],
    decision: { text: "Budgettet blev vedtaget." },
  });
  const closed = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: "Køb af ejendom",
    closed: true,
    closureReason: "Forhandlinger om køb af fast ejendom.",
    openDecision: "Købet blev godkendt.",
    fields: [{ label: "Sagsfremstilling", text: SECRET.field }],
  });
  const store = (agendaItemId: number, name: string, bytes: Uint8Array) =>
    storeAttachment(db, storage, {
      organisationId: org.id,
      actorId: null,
      agendaItemId,
      name,
      bytes,
      public: true,
    });
  await store(open.id, "Budgetoversigt.pdf", await pdfWithText("BUDGETOVERSIGT-SIDE"));
  await store(closed.id, "Tilbud.pdf", await pdfWithText(SECRET.attachment));
  const unpublished = await createMeeting(db, { ...base, status: "planned" });
  Object.assign(ids, {
    meeting: meeting.id,
    unpublished: unpublished.id,
    org: org.id,
    committee: committee.id,
  });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe.skipIf(!poppler)("a meeting's document as PDF and Word", () => {
  it("public PDF: tagged, opened in the tab, with open content and the closed item's public part only", async () => {
    const response = await app().request(`/moeder/${ids.meeting}/dokument.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^inline; filename="Referat Oekonomiudvalget/,
    );
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect((await pdfInfo(pdf)).Tagged).toBe("yes");
    const text = flat(await pdfText(pdf));
    expect(text).toContain("Punkt 1: Budget 2027");
    expect(text).toContain("Budgettet blev vedtaget.");
    expect(text).toContain("Forhandlinger om køb af fast ejendom.");
    expect(text).toContain("Købet blev godkendt.");
    expect(text).not.toContain(SECRET.field);
  });

  it("public Word file: the same items, none of the closed content", async () => {
    const response = await app().request(`/moeder/${ids.meeting}/dokument.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Referat Oekonomiudvalget.*\.docx"/,
    );
    const { value } = await mammoth.convertToHtml({
      buffer: Buffer.from(await response.arrayBuffer()),
    });
    expect(value).toMatch(/<h2>(<a id="[^"]*"><\/a>)?Punkt 1: Budget 2027<\/h2>/);
    expect(value).toContain("Købet blev godkendt.");
    expect(value).not.toContain(SECRET.field);
  });

  it("public package: the agenda followed by open items' attachments, never a closed item's", async () => {
    const response = await app().request(`/moeder/${ids.meeting}/med-bilag.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^inline; filename=/);
    const pdf = new Uint8Array(await response.arrayBuffer());
    const text = flat(await pdfText(pdf));
    expect(text).toContain("Punkt 1: Budget 2027");
    expect(text).toContain("BUDGETOVERSIGT-SIDE");
    expect(text).not.toContain(SECRET.attachment);
    expect(text).not.toContain(SECRET.field);
  });

  it("staff get the internal document with the closed content", async () => {
    const { db } = database.current;
    const user = await createUser(db, {
      organisationId: ids.org,
      roles: [{ role: "secretary", committeeId: ids.committee }],
    });
    const { token } = await createSession(db, user.id);
    const response = await app().request(`/app/moeder/${ids.meeting}/med-bilag.pdf`, {
      headers: { cookie: sessionCookie(token) },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const text = flat(await pdfText(new Uint8Array(await response.arrayBuffer())));
    expect(text).toContain(SECRET.field);
    expect(text).toContain(SECRET.attachment);
  });

  it("answers 404 for an unpublished meeting or an unknown file, and 403 without a role", async () => {
    for (const path of [
      `/moeder/${ids.unpublished}/dokument.pdf`,
      `/moeder/${ids.meeting}/dokument.odt`,
      `/moeder/${ids.meeting}/..%2F..%2Fetc%2Fpasswd`,
      "/moeder/abc/dokument.pdf",
    ]) {
      expect((await app().request(path)).status, path).toBe(404);
    }
    expect((await app().request(`/app/moeder/${ids.meeting}/dokument.pdf`)).status).not.toBe(200);
  });
});
