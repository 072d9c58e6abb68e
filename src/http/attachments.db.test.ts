import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
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
import { attachments } from "../db/schema/index.ts";
import type { RoleGrant } from "../domain/access/access.policy.ts";
import { storeAttachment } from "../domain/attachment/store-attachment.ts";
import { createLogger } from "../logger.ts";
import { FileSystemStorage } from "../storage/file-system-storage.ts";
import { sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
let root: string;
let storage: FileSystemStorage;
const logLines: string[] = [];
const ids = { org: 0, committee: 0, other: 0, meeting: 0, hidden: 0, item: 0, closedItem: 0 };
const files = {} as Record<
  "open" | "private" | "docx" | "closed" | "unpublished" | "onCase" | "corrupt",
  number
>;
let legacyId = 0;
let openPdf: Uint8Array;

async function uniquePdf(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.addPage();
  return doc.save();
}

const app = () =>
  testApp(
    database.current.db,
    {},
    { storage, logger: createLogger("error", { write: (l) => logLines.push(l) }) },
  );

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-http-files-"));
  storage = new FileSystemStorage(root);
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id, name: "Chefforum" });
  const other = await createCommittee(db, { organisationId: org.id, name: "KommuneMED" });
  const base = { organisationId: org.id, committeeId: committee.id };
  const meeting = await createMeeting(db, { ...base, status: "minutes_approved" });
  const item = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: "Budget",
    fields: [{ label: "Indstilling", text: "at budgettet godkendes" }],
    attachments: [{ name: "Gammelt bilag fra arkivet.pdf" }],
  });
  const closedItem = await createAgendaItem(db, { meetingId: meeting.id, closed: true });
  const hidden = await createMeeting(db, { ...base, status: "planned" });
  const hiddenItem = await createAgendaItem(db, { meetingId: hidden.id });
  const store = async (
    target: { agendaItemId: number } | { caseId: number },
    name: string,
    bytes: Uint8Array,
    isPublic = true,
  ) => {
    const result = await storeAttachment(db, storage, {
      organisationId: org.id,
      actorId: null,
      ...target,
      name,
      bytes,
      public: isPublic,
    });
    if (!result.ok) throw new Error(result.message);
    return result.attachment.id;
  };
  openPdf = await uniquePdf("åben");
  const docx = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph("x")] }] }),
  );
  Object.assign(files, {
    open: await store({ agendaItemId: item.id }, "Bilag 1 - Økonomi.pdf", openPdf),
    private: await store({ agendaItemId: item.id }, "Internt.pdf", await uniquePdf("p"), false),
    docx: await store({ agendaItemId: item.id }, "Notat.docx", docx),
    closed: await store({ agendaItemId: closedItem.id }, "Lukket.pdf", await uniquePdf("l")),
    unpublished: await store({ agendaItemId: hiddenItem.id }, "Tidligt.pdf", await uniquePdf("t")),
    onCase: await store({ caseId: item.case?.id ?? 0 }, "Sagens bilag.pdf", await uniquePdf("c")),
    corrupt: await store({ agendaItemId: item.id }, "Beskadiget.pdf", await uniquePdf("b")),
  });
  const [legacy] = await db
    .select()
    .from(attachments)
    .where(eq(attachments.name, "Gammelt bilag fra arkivet.pdf"));
  legacyId = legacy?.id ?? 0;
  Object.assign(ids, {
    org: org.id,
    committee: committee.id,
    other: other.id,
    meeting: meeting.id,
    hidden: hidden.id,
    item: item.id,
    closedItem: closedItem.id,
  });
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function cookieFor(roles: RoleGrant[]) {
  const { db } = database.current;
  const user = await createUser(db, { organisationId: ids.org, roles });
  const session = await createSession(db, user.id);
  return { cookie: sessionCookie(session.token), csrf: session.csrfToken };
}

describe("public attachments", () => {
  it("serves a public attachment of an open item with safe headers and an ETag", async () => {
    const response = await app().request(`/bilag/${files.open}`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(openPdf));
    const h = response.headers;
    expect(h.get("content-type")).toBe("application/pdf");
    expect(h.get("content-length")).toBe(String(openPdf.byteLength));
    expect(h.get("content-disposition")).toBe(
      "inline; filename=\"Bilag 1 - Oekonomi.pdf\"; filename*=UTF-8''Bilag%201%20-%20%C3%98konomi.pdf",
    );
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("cache-control")).toBe("public, no-cache");
    const etag = h.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await app().request(`/bilag/${files.open}/Bilag-1.pdf`, {
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("offers other types as a download, and case attachments through the meeting", async () => {
    const docx = await app().request(`/bilag/${files.docx}`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-disposition")).toMatch(/^attachment; filename="Notat.docx"/);
    expect((await app().request(`/bilag/${files.onCase}`)).status).toBe(200);
  });

  it("answers a Danish 404 for private, closed, unpublished, legacy, unknown and odd ids", async () => {
    for (const path of [
      `/bilag/${files.private}`,
      `/bilag/${files.closed}`,
      `/bilag/${files.unpublished}`,
      `/bilag/${legacyId}`,
      "/bilag/987654",
      "/bilag/abc",
      "/bilag/0",
      "/bilag/99999999999",
      "/bilag/..%2F..%2Fetc%2Fpasswd",
      "/bilag/%E0%A4%A",
      `/bilag/${files.open}/../../etc/passwd`,
    ]) {
      const response = await app().request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain("Siden findes ikke");
    }
  });

  it("never sends damaged bytes: a Danish 500 and a log entry", async () => {
    const { db } = database.current;
    const [row] = await db.select().from(attachments).where(eq(attachments.id, files.corrupt));
    await writeFile(join(root, row?.storageKey ?? ""), "ødelagt");
    logLines.length = 0;
    const response = await app().request(`/bilag/${files.corrupt}`);
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).toContain("den gemte fil er beskadiget");
    expect(html).not.toContain("ødelagt");
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(logLines.join("")).toContain("attachment unreadable");
  });

  it("links stored attachments on the public page, and names legacy ones only", async () => {
    const html = await (await app().request(`/moeder/${ids.meeting}`)).text();
    expect(html).toContain(`<a href="/bilag/${files.open}">Bilag 1 - Økonomi</a>`);
    expect(html).toContain("Gammelt bilag fra arkivet");
    expect(html).not.toContain(`/bilag/${legacyId}"`);
    expect(html).not.toContain(`/bilag/${files.private}"`);
  });
});

describe("staff attachments", () => {
  it("lets anyone with a role on the committee fetch private and closed attachments", async () => {
    const member = await cookieFor([{ role: "member", committeeId: ids.committee }]);
    for (const id of [files.private, files.closed, files.unpublished, files.onCase]) {
      const response = await app().request(`/app/bilag/${id}`, {
        headers: { cookie: member.cookie },
      });
      expect(response.status, String(id)).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
    const page = await (
      await app().request(`/app/moeder/${ids.meeting}`, { headers: { cookie: member.cookie } })
    ).text();
    expect(page).toContain(`href="/app/bilag/${files.private}"`);
    expect(page).not.toContain('/bilag" enctype');
    expect(page).not.toContain(`/app/punkter/${ids.item}/bilag`);
  });

  it("refuses other committees' members and sends visitors to log in", async () => {
    const outsider = await cookieFor([{ role: "member", committeeId: ids.other }]);
    const refused = await app().request(`/app/bilag/${files.private}`, {
      headers: { cookie: outsider.cookie },
    });
    // Not found rather than forbidden: the ids are sequential and must not tell what exists.
    expect(refused.status).toBe(404);
    expect((await app().request(`/app/bilag/${files.private}`)).status).toBe(303);
    const member = await cookieFor([{ role: "member", committeeId: ids.committee }]);
    const junk = await app().request("/app/bilag/..%2Fx", { headers: { cookie: member.cookie } });
    expect(junk.status).toBe(404);
  });
});
