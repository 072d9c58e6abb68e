import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
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
import { hasPoppler, pdfText } from "../../test/poppler.ts";
import {
  auditLog,
  caseFields,
  meetings,
  privacyConfirmations,
  protocolNotes,
  votes,
} from "../db/schema/index.ts";
import { storeAttachment } from "../domain/attachment/store-attachment.ts";
import { snapshotMinutes } from "../domain/minutes/snapshot-minutes.ts";
import { indexMeetings } from "../search/index-meetings.ts";
import { FileSystemStorage } from "../storage/file-system-storage.ts";
import { formPost, sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
const poppler = hasPoppler();

/** One CPR number per public text kind, so a leak names its source. */
const CPR = {
  title: "010190-1111",
  field: "020290-2222",
  compact: "0303903333",
  spaced: "040490 4444",
  split: "050590-5555",
  decision: "060690-6666",
  openDecision: "070790-7777",
  closureReason: "080890-8888",
  vote: "090990-9999",
  note: "101090-1010",
  bilag: "111190-1212",
  confirmed: "121290-1313",
} as const;
const LOOK_ALIKES = [
  "+45 12 34 56 78",
  "12345678",
  "00.01.00-A00-1-21",
  "27.00.00-G01-3-19",
  "sagsnr. 2021-012345",
  "12.03.2025",
  "1.234.567 kr.",
  "3213456789",
  "1234-1203891234",
  "CVR 29189846",
  "EAN 5798000012345",
];
const MASK = "XXXXXX-XXXX";

let root: string;
let storage: FileSystemStorage;
const ids = {
  org: 0,
  meeting: 0,
  slug: "",
  bilag: 0,
  cleanBilag: 0,
  secretary: "",
  member: "",
  stranger: "",
};
const app = () => testApp(database.current.db, {}, { storage });
const flat = (text: string) => text.replace(/\s+/g, " ");

async function pdfWithText(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText(text, { x: 50, y: 700, size: 12, font });
  return doc.save();
}

/** Every unconfirmed CPR number is absent (in any of its forms), the mask and look-alikes are there. */
function expectMasked(text: string, where: string, confirmed: string[] = []) {
  for (const [kind, cpr] of Object.entries(CPR)) {
    if (confirmed.includes(cpr)) continue;
    const digits = cpr.replace(/\D/g, "");
    expect(text, `${where}: ${kind}`).not.toContain(digits.slice(0, 6));
  }
  expect(text, where).toContain(MASK);
}

async function get(path: string, token?: string) {
  const response = await app().request(
    path,
    token ? { headers: { cookie: sessionCookie(token) } } : {},
  );
  return { status: response.status, response };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-privacy-"));
  storage = new FileSystemStorage(root);
  const { db } = database.current;
  const org = await createOrganisation(db, { name: "Eksempel Kommune" });
  const committee = await createCommittee(db, { organisationId: org.id, name: "Socialudvalget" });
  const meeting = await createMeeting(db, {
    organisationId: org.id,
    committeeId: committee.id,
    status: "minutes_published",
  });
  const open = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: `Klage fra borger ${CPR.title}`,
    fields: [
      {
        label: "Sagsfremstilling",
        text: `Borgeren (${CPR.field}) og ægtefællen ${CPR.compact} samt barnet ${CPR.spaced}. Bekræftet: ${CPR.confirmed}. Ligner: ${LOOK_ALIKES.join("; ")}.`,
      },
      { label: "Økonomi", text: "Her deles et nummer af fed skrift." },
    ],
    decision: { text: `Klagen fra ${CPR.decision} blev afvist.` },
  });
  const closed = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: "Personsag",
    closed: true,
    closureReason: `Oplysninger om ${CPR.closureReason}.`,
    openDecision: `Sagen om ${CPR.openDecision} blev afgjort.`,
    fields: [{ label: "Sagsfremstilling", text: "lukket indhold" }],
  });
  // A number split across text nodes by a bold mark on its serial.
  const [serial, date] = [CPR.split.slice(7), CPR.split.slice(0, 7)];
  await db
    .update(caseFields)
    .set({
      text: `Nummer ${CPR.split} i fed.`,
      doc: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: `Nummer ${date}` },
              { type: "text", text: serial, marks: [{ type: "bold" }] },
              { type: "text", text: " i fed." },
            ],
          },
        ],
      },
    })
    .where(eq(caseFields.label, "Økonomi"));
  await db.insert(votes).values({
    agendaItemId: open.id,
    subject: `Forslag om ${CPR.vote}`,
    inFavour: ["A"],
    against: ["V"],
  });
  await db.insert(protocolNotes).values({
    agendaItemId: open.id,
    author: "Enhedslisten",
    text: `Vi noterer ${CPR.note}.`,
  });
  const store = async (name: string, text: string) => {
    const result = await storeAttachment(db, storage, {
      organisationId: org.id,
      actorId: null,
      agendaItemId: open.id,
      name,
      bytes: await pdfWithText(text),
      public: true,
    });
    if (!result.ok) throw new Error(result.message);
    return result.attachment.id;
  };
  const bilag = await store("Borgerbrev.pdf", `Brev fra borger ${CPR.bilag} om sagen`);
  const cleanBilag = await store("Oversigt.pdf", "Oversigt uden personoplysninger 12345678");
  const secretary = await createUser(db, {
    organisationId: org.id,
    name: "Sekretær Sørensen",
    roles: [{ role: "secretary", committeeId: committee.id }],
  });
  const member = await createUser(db, {
    organisationId: org.id,
    roles: [{ role: "member", committeeId: committee.id }],
  });
  const otherOrg = await createOrganisation(db, { name: "Anden Kommune" });
  const stranger = await createUser(db, {
    organisationId: otherOrg.id,
    roles: [{ role: "secretary", committeeId: null }],
  });
  await db.transaction((tx) =>
    snapshotMinutes(tx, meeting.id, { reason: "Første version", actorId: secretary.id }),
  );
  await indexMeetings(db, [meeting.id]);
  Object.assign(ids, {
    org: org.id,
    meeting: meeting.id,
    slug: committee.slug,
    bilag,
    cleanBilag,
    secretary: (await createSession(db, secretary.id)).token,
    member: (await createSession(db, member.id)).token,
    stranger: (await createSession(db, stranger.id)).token,
  });
  void closed;
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("CPR numbers on public surfaces", () => {
  it("the public meeting page masks every kind of text and keeps the look-alikes", async () => {
    const html = await (await get(`/moeder/${ids.meeting}`)).response.text();
    expectMasked(html, "meeting page");
    for (const text of LOOK_ALIKES) expect(html).toContain(text);
    expect(html).toContain(`Nummer ${MASK} i fed.`);
  });

  it("the item page masks them too", async () => {
    const html = await (await get(`/moeder/${ids.meeting}/punkt/1`)).response.text();
    expectMasked(html, "item page");
  });

  it("search neither finds nor shows them", async () => {
    for (const cpr of Object.values(CPR)) {
      // Searching for the number (or its date part) finds nothing: the index holds the mask.
      for (const q of [cpr, cpr.slice(0, 6)]) {
        const html = await (await get(`/soeg?q=${encodeURIComponent(q)}`)).response.text();
        expect(html, q).toContain("Ingen resultater");
      }
    }
    const hits = await (await get("/soeg?q=borger")).response.text();
    expectMasked(hits, "search snippets");
    const feed = await (await get("/soeg/feed.atom?q=borger")).response.text();
    expect(feed).not.toContain("010190");
  });

  it("the committee's Atom feed masks them", async () => {
    const { status, response } = await get(`/udvalg/${ids.slug}/feed.atom`);
    expect(status).toBe(200);
    expectMasked(await response.text(), "atom");
  });

  it.skipIf(!poppler)("the public PDF masks them", async () => {
    const { response } = await get(`/moeder/${ids.meeting}/dokument.pdf`);
    const text = flat(await pdfText(new Uint8Array(await response.arrayBuffer())));
    expectMasked(text, "pdf");
    expect(text).toContain("3213456789");
  });

  it("the public Word file masks them", async () => {
    const { response } = await get(`/moeder/${ids.meeting}/dokument.docx`);
    const { value } = await mammoth.convertToHtml({
      buffer: Buffer.from(await response.arrayBuffer()),
    });
    expectMasked(value, "docx");
  });

  it("a stored minutes version is masked on the portal", async () => {
    const { status, response } = await get(`/moeder/${ids.meeting}/referat/version/1`);
    expect(status).toBe(200);
    const html = await response.text();
    expectMasked(html, "minutes version");
    expect(html).not.toContain("Borgerbrev.pdf");
  });

  it("holds back a bilag whose text has a CPR number, not a clean one", async () => {
    expect((await get(`/bilag/${ids.bilag}`)).status).toBe(404);
    expect((await get(`/bilag/${ids.cleanBilag}`)).status).toBe(200);
    const html = await (await get(`/moeder/${ids.meeting}`)).response.text();
    expect(html).not.toContain("Borgerbrev");
    expect(html).toContain("Oversigt");
  });
});

describe("/app/moeder/:id/persondata", () => {
  const findingsPage = async (token: string) =>
    (await get(`/app/moeder/${ids.meeting}/persondata`, token)).response.text();
  const hashOf = (html: string, shown: string) => {
    const at = html.indexOf(`<mark>${shown}</mark>`);
    const match = /name="hash" value="([0-9a-f]{64})"/.exec(html.slice(at));
    if (at < 0 || !match?.[1]) throw new Error(`no finding ${shown}`);
    return match[1];
  };
  const confirm = (token: string, csrf: string, hash: string) =>
    app().request(
      `/app/moeder/${ids.meeting}/persondata/bekraeft`,
      formPost({ _csrf: csrf, hash }, { cookie: sessionCookie(token) }),
    );
  const csrfOf = async (token: string) => {
    const [row] = (await database.current.db.query.sessions?.findMany?.()) ?? [];
    void row;
    const html = await findingsPage(token);
    return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
  };

  it("is linked from the meeting page for the secretary", async () => {
    const html = await (await get(`/app/moeder/${ids.meeting}`, ids.secretary)).response.text();
    expect(html).toContain(`href="/app/moeder/${ids.meeting}/persondata"`);
  });

  it("counts them on the minutes page before the minutes go out, for the secretary", async () => {
    const { db } = database.current;
    const minutesPage = async (token: string) =>
      (await get(`/app/moeder/${ids.meeting}/referat`, token)).response.text();
    await db.update(meetings).set({ status: "held" }).where(eq(meetings.id, ids.meeting));
    try {
      const html = await minutesPage(ids.secretary);
      const summary = /<section[^>]*class="privacy-summary"[\s\S]*?<\/section>/.exec(html)?.[0];
      expect(summary).toMatch(/\d+ tal i referatets offentlige tekster ligner CPR-numre\./);
      expect(summary).toContain("1 bilag indeholder et tal, der ligner et CPR-nummer");
      expect(summary).toContain(`href="/app/moeder/${ids.meeting}/persondata"`);
      expect(await minutesPage(ids.member)).not.toContain("privacy-summary");
      expect(summary).toContain("så ret teksten, før du offentliggør referatet.");
      // From there, the findings page leads back to the minutes, where they are published.
      expect(await findingsPage(ids.secretary)).toContain(
        `<a href="/app/moeder/${ids.meeting}/referat">`,
      );
    } finally {
      await db
        .update(meetings)
        .set({ status: "minutes_published" })
        .where(eq(meetings.id, ids.meeting));
    }
    // Once out, the summary goes: the findings page stays.
    expect(await minutesPage(ids.secretary)).not.toContain("privacy-summary");
  });

  it("lists each finding with where it is, its context and modulus 11, with the serial hidden", async () => {
    const html = await findingsPage(ids.secretary);
    for (const cpr of Object.values(CPR)) {
      expect(html).toContain(`<mark>${cpr.replace(/\D/g, "").slice(0, 6)}-XXXX</mark>`);
      expect(html).not.toContain(cpr.replace(/\D/g, ""));
    }
    for (const place of [
      "Titel",
      "Sagsfremstilling",
      "Beslutning",
      "Begrundelse for lukning",
      "Åben beslutning",
      "Afstemning",
      "Protokoltilførsel",
      "Bilag: Borgerbrev.pdf",
    ]) {
      expect(html).toContain(place);
    }
    expect(html).toContain("Det er ikke et CPR-nummer");
    expect(html).toMatch(/Nej \(kan være udstedt efter 2007\)/);
  });

  it("members see the findings but cannot confirm; another organisation gets 404", async () => {
    const html = await findingsPage(ids.member);
    expect(html).not.toContain("Det er ikke et CPR-nummer</button>");
    const hash = hashOf(await findingsPage(ids.secretary), "121290-XXXX");
    const memberCsrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
    expect((await confirm(ids.member, memberCsrf, hash)).status).toBe(403);
    const strangerPage = await app().request("/app", {
      headers: { cookie: sessionCookie(ids.stranger) },
    });
    const strangerCsrf = /name="_csrf" value="([^"]+)"/.exec(await strangerPage.text())?.[1] ?? "";
    expect((await confirm(ids.stranger, strangerCsrf, hash)).status).toBe(404);
    expect((await confirm(ids.secretary, await csrfOf(ids.secretary), "0".repeat(64))).status).toBe(
      404,
    );
    expect(await database.current.db.select().from(privacyConfirmations)).toEqual([]);
  });

  it("a confirmed number shows unmasked everywhere, audited with who and when", async () => {
    const page = await findingsPage(ids.secretary);
    const response = await confirm(
      ids.secretary,
      await csrfOf(ids.secretary),
      hashOf(page, "121290-XXXX"),
    );
    expect(response.status).toBe(303);
    const after = await findingsPage(ids.secretary);
    expect(after).toContain("Bekræftet som ikke et CPR-nummer af Sekretær Sørensen");
    const html = await (await get(`/moeder/${ids.meeting}`)).response.text();
    expect(html).toContain(CPR.confirmed);
    expectMasked(html, "after confirming one", [CPR.confirmed]);
    const search = await (
      await get(`/soeg?q=${encodeURIComponent("sagsfremstilling bekræftet")}`)
    ).response.text();
    void search;
    const [stored] = await database.current.db.select().from(privacyConfirmations);
    expect(stored?.numberHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain("1212901313");
    const audit = await database.current.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "privacy.confirmed_not_cpr"));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain("1212901313");
  });

  it("confirming the number in a bilag releases the bilag", async () => {
    const page = await findingsPage(ids.secretary);
    expect(
      (await confirm(ids.secretary, await csrfOf(ids.secretary), hashOf(page, "111190-XXXX")))
        .status,
    ).toBe(303);
    expect((await get(`/bilag/${ids.bilag}`)).status).toBe(200);
  });
});
