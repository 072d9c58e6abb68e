import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
  createUser,
} from "../../test/factories.ts";
import { memberships } from "../db/schema/index.ts";
import { storeAttachment } from "../domain/attachment/store-attachment.ts";
import { demoPdf } from "../domain/demo/demo-pdf.ts";
import { FileSystemStorage } from "../storage/file-system-storage.ts";
import { ORIGIN, sessionOf, testApp, type Who } from "./testing.ts";

/**
 * The viewer page and its JSON as a member's browser meets them: the page and the file are
 * plain GETs; saves are JSON with the CSRF header; a refusal is a Danish message with a 4xx.
 */

const database = useTestDatabase();
let root: string;
let storage: FileSystemStorage;
let pdf: number;
let docx: number;
let meetingId: number;
let committeeId: number;
let member: Who;
let colleague: Who;

const app = () => testApp(database.current.db, {}, { storage });
const get = (path: string, who: Who) =>
  app().request(path, { headers: { cookie: who.cookie, accept: "application/json" } });
const postJson = (path: string, who: Who, body: unknown, csrf = who.csrf) =>
  app().request(path, {
    method: "POST",
    headers: {
      cookie: who.cookie,
      origin: ORIGIN,
      "content-type": "application/json",
      "x-csrf-token": csrf,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const mark = (visibility = "private") => ({
  id: randomUUID(),
  page: 1,
  quote: "Dette bilag er eksempeldata i Referat.",
  rects: [{ x: 0.09, y: 0.14, w: 0.5, h: 0.015 }],
  note: "Spørg til tallene",
  visibility,
});

beforeAll(async () => {
  const { db } = database.current;
  root = await mkdtemp(join(tmpdir(), "referat-annotations-"));
  storage = new FileSystemStorage(join(root, "files"));
  const org = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id });
  committeeId = committee.id;
  const meeting = await createMeeting(db, {
    organisationId: org.id,
    committeeId,
    status: "agenda_published",
  });
  meetingId = meeting.id;
  const item = await createAgendaItem(db, { meetingId });
  const store = async (name: string, bytes: Uint8Array) => {
    const result = await storeAttachment(db, storage, {
      organisationId: org.id,
      actorId: null,
      agendaItemId: item.id,
      name,
      bytes,
      public: true,
    });
    if (!result.ok) throw new Error(result.message);
    return result.attachment.id;
  };
  pdf = await store("budget.pdf", (await demoPdf("Budget", "Testkommune")).bytes);
  const { Document, Packer, Paragraph } = await import("docx");
  docx = await store(
    "notat.docx",
    new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Notat")] }] })),
    ),
  );
  const roles = [{ role: "member" as const, committeeId }];
  const elsewhere = await createCommittee(db, { organisationId: org.id });
  const memberRoles = [...roles, { role: "member" as const, committeeId: elsewhere.id }];
  member = await sessionOf(
    db,
    (await createUser(db, { organisationId: org.id, roles: memberRoles })).id,
  );
  colleague = await sessionOf(db, (await createUser(db, { organisationId: org.id, roles })).id);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the bilag viewer", () => {
  it("is linked from the meeting page next to a PDF bilag and not next to others", async () => {
    const html = await (await get(`/app/moeder/${meetingId}`, member)).text();
    expect(html).toContain(`href="/app/bilag/${pdf}/vis"`);
    expect(html).toContain("Åbn og markér");
    expect(html).not.toContain(`href="/app/bilag/${docx}/vis"`);
  });

  it("serves the page, the file and the list as plain GETs on stable URLs", async () => {
    const page = await get(`/app/bilag/${pdf}/vis`, member);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-pdf-url="/app/bilag/');
    expect(html).toContain(`data-annotations-url="/app/bilag/${pdf}/markeringer"`);
    expect(html).toMatch(/data-worker-url="\/assets\/js\/pdf-worker\.js\?v=[0-9a-f]+"/);
    expect(html).toMatch(/src="\/assets\/js\/bilag-viewer\.js\?v=[0-9a-f]+"/);
    const file = await get(`/app/bilag/${pdf}`, member);
    expect(file.headers.get("content-type")).toContain("application/pdf");
    const list = await get(`/app/bilag/${pdf}/markeringer`, member);
    expect(await list.json()).toEqual({ annotations: [] });
  });

  it("refuses a bilag that is not a PDF with a Danish page", async () => {
    const res = await get(`/app/bilag/${docx}/vis`, member);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Bilaget er ikke en PDF");
  });

  it("saves by id (twice is once), shares, and answers refusals in Danish", async () => {
    const base = `/app/bilag/${pdf}/markeringer`;
    const own = mark("private");
    const shared = mark("committee");
    for (const body of [own, own, shared])
      expect((await postJson(base, member, body)).status).toBe(200);
    const mine = (await (await get(base, member)).json()) as { annotations: { id: string }[] };
    expect(mine.annotations.map((a) => a.id).sort()).toEqual([own.id, shared.id].sort());
    const theirs = (await (await get(base, colleague)).json()) as {
      annotations: { id: string; mine: boolean }[];
    };
    expect(theirs.annotations).toEqual([expect.objectContaining({ id: shared.id, mine: false })]);

    const hijack = await postJson(base, colleague, { ...shared, note: "kapret" });
    expect(hijack.status).toBe(403);
    expect(await hijack.json()).toEqual({
      error: "Du kan kun ændre og slette dine egne markeringer.",
    });
    const bad = await postJson(base, member, "{ikke json");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/Markér teksten igen/);
    const long = await postJson(base, member, { ...mark(), note: "x".repeat(10_001) });
    expect(await long.json()).toEqual({
      error: "Noten er for lang. Den må højst være 10000 tegn.",
    });
    const noToken = await postJson(base, member, mark(), "forkert");
    expect(noToken.status).toBe(403);

    const removed = await postJson(`${base}/${own.id}/slet`, member, {});
    expect(await removed.json()).toEqual({ deleted: true });
    const after = (await (await get(base, member)).json()) as { annotations: { id: string }[] };
    expect(after.annotations.map((a) => a.id)).toEqual([shared.id]);
  });

  it("answers a member who left the committee with a Danish 404, never a 500", async () => {
    const { db } = database.current;
    await db
      .delete(memberships)
      .where(and(eq(memberships.userId, member.userId), eq(memberships.committeeId, committeeId)));
    const base = `/app/bilag/${pdf}/markeringer`;
    const message = "Bilaget findes ikke, eller du har ikke længere adgang til det.";
    for (const res of [
      await postJson(base, member, mark()),
      await get(base, member),
      await postJson(`${base}/${randomUUID()}/slet`, member, {}),
    ]) {
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: message });
    }
  });
});
