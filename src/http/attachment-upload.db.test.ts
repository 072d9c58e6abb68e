import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
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
import { attachments, auditLog } from "../db/schema/index.ts";
import type { RoleGrant } from "../domain/access/access.policy.ts";
import { MAX_ATTACHMENT_BYTES } from "../domain/attachment/store-attachment.ts";
import { FileSystemStorage } from "../storage/file-system-storage.ts";
import { csrfFieldOf, ORIGIN, sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
let root: string;
let storage: FileSystemStorage;
const ids = { org: 0, committee: 0, meeting: 0, item: 0 };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-upload-"));
  storage = new FileSystemStorage(root);
  const { db } = database.current;
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id });
  const meeting = await createMeeting(db, { organisationId: org.id, committeeId: committee.id });
  const item = await createAgendaItem(db, { meetingId: meeting.id, title: "Budget" });
  Object.assign(ids, { org: org.id, committee: committee.id, meeting: meeting.id, item: item.id });
});
afterAll(() => rm(root, { recursive: true, force: true }));

const app = () => testApp(database.current.db, {}, { storage });

async function sessionFor(roles: RoleGrant[]) {
  const { db } = database.current;
  const user = await createUser(db, { organisationId: ids.org, roles });
  const session = await createSession(db, user.id);
  return { cookie: sessionCookie(session.token), csrf: session.csrfToken, userId: user.id };
}

async function pdf(): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  doc.setTitle(`upload ${Math.random()}`);
  doc.addPage();
  return (await doc.save()) as Uint8Array<ArrayBuffer>;
}

function upload(
  who: { cookie: string; csrf: string },
  file: { name: string; bytes: Uint8Array<ArrayBuffer> } | null,
  options: { csrf?: string; itemId?: number | string } = {},
) {
  const form = new FormData();
  form.set("_csrf", options.csrf ?? who.csrf);
  form.set("offentlig", "1");
  if (file) form.set("fil", new File([file.bytes], file.name));
  return app().request(`/app/punkter/${options.itemId ?? ids.item}/bilag`, {
    method: "POST",
    headers: { cookie: who.cookie, origin: ORIGIN },
    body: form,
  });
}

describe("uploading a bilag", () => {
  it("shows secretaries a form per item; the upload is stored, audited and listed", async () => {
    const secretary = await sessionFor([{ role: "secretary", committeeId: ids.committee }]);
    const page = await (
      await app().request(`/app/moeder/${ids.meeting}`, { headers: { cookie: secretary.cookie } })
    ).text();
    expect(page).toContain(`action="/app/punkter/${ids.item}/bilag"`);
    expect(page).toContain('enctype="multipart/form-data"');
    expect(csrfFieldOf(page)).toBe(secretary.csrf);

    const response = await upload(secretary, { name: "Økonomi.pdf", bytes: await pdf() });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `/app/moeder/${ids.meeting}?ok=bilag#bilag-${ids.item}`,
    );
    const { db } = database.current;
    const [row] = await db.select().from(attachments).where(eq(attachments.name, "Økonomi.pdf"));
    expect(row).toMatchObject({
      agendaItemId: ids.item,
      public: true,
      mediaType: "application/pdf",
    });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "attachment"), eq(auditLog.entityId, row?.id ?? 0)));
    expect(audit).toMatchObject({ action: "attachment.uploaded", actorId: secretary.userId });
    const after = await (
      await app().request(`/app/moeder/${ids.meeting}`, { headers: { cookie: secretary.cookie } })
    ).text();
    expect(after).toContain(`<a href="/app/bilag/${row?.id}">Økonomi</a>`);
  });

  it("refuses members, missing CSRF tokens and unknown items", async () => {
    const member = await sessionFor([{ role: "member", committeeId: ids.committee }]);
    expect((await upload(member, { name: "a.pdf", bytes: await pdf() })).status).toBe(403);
    const page = await (
      await app().request(`/app/moeder/${ids.meeting}`, { headers: { cookie: member.cookie } })
    ).text();
    expect(page).not.toContain('/bilag"');
    const admin = await sessionFor([{ role: "admin", committeeId: null }]);
    const forged = await upload(admin, { name: "a.pdf", bytes: await pdf() }, { csrf: "forkert" });
    expect(forged.status).toBe(403);
    expect(
      (await upload(admin, { name: "a.pdf", bytes: await pdf() }, { itemId: 987654 })).status,
    ).toBe(404);
    expect(
      (await upload(admin, { name: "a.pdf", bytes: await pdf() }, { itemId: "x" })).status,
    ).toBe(404);
  });

  it("answers bad files with a Danish 4xx page", async () => {
    const admin = await sessionFor([{ role: "admin", committeeId: null }]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    const lying = await upload(admin, { name: "foo.pdf", bytes: zip });
    expect(lying.status).toBe(400);
    expect(await lying.text()).toContain("har en filendelse, der ikke passer til indholdet");
    const none = await upload(admin, null);
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("Vælg en fil at tilføje.");
    const huge = await upload(admin, {
      name: "stor.pdf",
      bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1024),
    });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain("Bilaget er for stort");
    // Past the upload route's body limit the request is cut off before it is read.
    const past = await upload(admin, {
      name: "stor.pdf",
      bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 200 * 1024),
    });
    expect(past.status).toBe(413);
    expect(await past.text()).toContain("Bilaget er for stort");
  });
});
