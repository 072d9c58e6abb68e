import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  type AuthoringCommittee,
  createAgendaItem,
  createAuthoringCommittee,
  createMeeting,
  createSession,
  createUser,
  createWrittenCase,
} from "../../test/factories.ts";
import { agendaItems, attachments, cases, memberNotes } from "../db/schema/index.ts";
import { storeAttachment } from "../domain/attachment/store-attachment.ts";
import { DomainError } from "../domain/domain-error.ts";
import { recordDecision } from "../domain/meeting-mode/record-decision.ts";
import { updateTemplate } from "../domain/template/update-template.ts";
import { FileSystemStorage } from "../storage/file-system-storage.ts";
import { formPost, ORIGIN, sessionCookie, testApp } from "./testing.ts";

/**
 * Regression tests for an outside security probe of the staff area: each describe block is
 * one finding, driven through the app as a user would.
 */

const database = useTestDatabase();
let root: string;
let storage: FileSystemStorage;
let world: AuthoringCommittee;
const app = (env: Record<string, string> = {}) => testApp(database.current.db, env, { storage });

interface Who {
  cookie: string;
  csrf: string;
  userId: number;
}

async function login(userId: number): Promise<Who> {
  const { token, csrfToken } = await createSession(database.current.db, userId);
  return { cookie: sessionCookie(token), csrf: csrfToken, userId };
}

const SENT_TITLE = "Beslutning om udsendt punkt";
const LATE_TITLE = "Beslutning om hemmeligt tillægspunkt";
const LATE_TEXT = "TILLAEG-SAGSFREMSTILLING";
const LATE_DECISION = "TILLAEG-BESLUTNING";

const who = {} as Record<
  "author" | "approver" | "secretary" | "admin" | "member" | "stranger",
  Who
>;
const ids = { meeting: 0, sentItem: 0, lateItem: 0, draft: 0 };
const files = {} as Record<"draft" | "sentItem" | "sentCase" | "lateItem" | "lateCase", number>;

async function pdf(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.addPage();
  return doc.save();
}

const get = (path: string, w: Who, env?: Record<string, string>) =>
  app(env).request(path, { headers: { cookie: w.cookie } });
const post = (path: string, w: Who, fields: Record<string, string>) =>
  app().request(path, formPost({ _csrf: w.csrf, ...fields }, { cookie: w.cookie }));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-security-"));
  storage = new FileSystemStorage(root);
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  const memberUser = await createUser(db, {
    organisationId: world.organisationId,
    roles: [{ role: "member", committeeId: world.committee.id }],
  });
  Object.assign(who, {
    author: await login(world.author.user.id),
    approver: await login(world.approver.user.id),
    secretary: await login(world.secretary.user.id),
    admin: await login(world.admin.user.id),
    member: await login(memberUser.id),
    stranger: await login(world.strangerAuthor.user.id),
  });
  // A published agenda (version 1) with one item sent and one added later, not sent yet.
  const meeting = await createMeeting(db, {
    organisationId: world.organisationId,
    committeeId: world.committee.id,
    status: "agenda_published",
    agendaVersion: 1,
  });
  const sentItem = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: SENT_TITLE,
    fields: [{ label: "Sagsfremstilling", text: "Udsendt tekst." }],
  });
  const lateItem = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: LATE_TITLE,
    fields: [{ label: "Sagsfremstilling", text: LATE_TEXT }],
    decision: { text: LATE_DECISION },
  });
  await db
    .update(agendaItems)
    .set({ publishedInVersion: 1 })
    .where(eq(agendaItems.id, sentItem.id));
  const store = async (target: { agendaItemId: number } | { caseId: number }, name: string) => {
    const result = await storeAttachment(db, storage, {
      organisationId: world.organisationId,
      actorId: null,
      ...target,
      name,
      bytes: await pdf(name),
      public: false,
    });
    if (!result.ok) throw new Error(result.message);
    return result.attachment.id;
  };
  Object.assign(files, {
    sentItem: await store({ agendaItemId: sentItem.id }, "Udsendt bilag.pdf"),
    sentCase: await store({ caseId: sentItem.case?.id ?? 0 }, "Udsendt sags bilag.pdf"),
    lateItem: await store({ agendaItemId: lateItem.id }, "Tillæg bilag.pdf"),
    lateCase: await store({ caseId: lateItem.case?.id ?? 0 }, "Tillæg sags bilag.pdf"),
  });
  // A draft case; its author uploads a non-public bilag through the case page.
  const draft = await createWrittenCase(db, world, { title: "Beslutning om et udkast" });
  const upload = new FormData();
  upload.set("_csrf", who.author.csrf);
  upload.set(
    "fil",
    new File([(await pdf("udkast")) as Uint8Array<ArrayBuffer>], "Udkastets bilag.pdf"),
  );
  const uploaded = await app().request(`/app/sager/${draft.id}/bilag`, {
    method: "POST",
    headers: { cookie: who.author.cookie, origin: ORIGIN },
    body: upload,
  });
  expect(uploaded.status).toBe(303);
  const [row] = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.caseId, draft.id), isNull(attachments.agendaItemId)));
  Object.assign(ids, {
    meeting: meeting.id,
    sentItem: sentItem.id,
    lateItem: lateItem.id,
    draft: draft.id,
  });
  files.draft = row?.id ?? 0;
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("finding 1: a draft case's bilag", () => {
  it("is refused to everyone on the committee who may not read the case", async () => {
    expect((await get(`/app/sager/${ids.draft}`, who.member)).status).toBe(404);
    for (const name of ["member", "approver", "secretary", "admin"] as const) {
      const response = await get(`/app/bilag/${files.draft}`, who[name]);
      expect(response.status, name).toBe(404);
      expect(await response.text(), name).not.toContain("%PDF");
    }
    expect((await get(`/app/bilag/${files.draft}`, who.stranger)).status).toBe(404);
  });

  it("is served to its author, who may read the case", async () => {
    const response = await get(`/app/bilag/${files.draft}`, who.author);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
  });
});

describe("finding 2: items waiting for a supplement", () => {
  it("are left out of a member's minutes page and live page, but shown to the secretary", async () => {
    for (const path of ["referat", "live"]) {
      const member = await get(`/app/moeder/${ids.meeting}/${path}`, who.member);
      expect(member.status, path).toBe(200);
      const html = await member.text();
      expect(html, path).toContain(SENT_TITLE);
      expect(html, path).not.toContain(LATE_TITLE);
      expect(html, path).not.toContain(LATE_DECISION);
      const secretary = await (
        await get(`/app/moeder/${ids.meeting}/${path}`, who.secretary)
      ).text();
      expect(secretary, path).toContain(LATE_TITLE);
    }
  });

  it("keep their bilag (on the item or on its case) from members until sent", async () => {
    for (const id of [files.lateItem, files.lateCase]) {
      expect((await get(`/app/bilag/${id}`, who.member)).status, String(id)).toBe(404);
      expect((await get(`/app/bilag/${id}`, who.secretary)).status, String(id)).toBe(200);
    }
    for (const id of [files.sentItem, files.sentCase]) {
      expect((await get(`/app/bilag/${id}`, who.member)).status, String(id)).toBe(200);
    }
  });

  it("are not in a member's event stream, neither the decisions so far nor new ones", async () => {
    const { db } = database.current;
    const member = await openStream(app(), who.member);
    await member.readUntil("event: ready");
    const secretary = await openStream(app(), who.secretary);
    await secretary.readUntil("event: ready");
    expect(secretary.text).toContain(LATE_DECISION);
    await recordDecision(db, world.secretary, {
      meetingId: ids.meeting,
      itemId: ids.lateItem,
      version: 1,
      outcome: "decided",
      text: "NY-TILLAEG-BESLUTNING",
    });
    await recordDecision(db, world.secretary, {
      meetingId: ids.meeting,
      itemId: ids.sentItem,
      version: 0,
      outcome: "decided",
      text: "NY-UDSENDT-BESLUTNING",
    });
    await member.readUntil("NY-UDSENDT-BESLUTNING");
    await secretary.readUntil("NY-UDSENDT-BESLUTNING");
    expect(member.text).not.toContain(LATE_DECISION);
    expect(member.text).not.toContain("NY-TILLAEG-BESLUTNING");
    expect(member.text).not.toContain(LATE_TITLE);
    expect(secretary.text).toContain("NY-TILLAEG-BESLUTNING");
    await member.close();
    await secretary.close();
  });
});

/** An open event stream of the meeting, read as text. */
async function openStream(
  a: ReturnType<typeof app>,
  w: Who,
  headers: Record<string, string> = {},
  meetingId = ids.meeting,
) {
  const response = await a.request(`/app/moeder/${meetingId}/haendelser`, {
    headers: { cookie: w.cookie, ...headers },
  });
  expect(response.status).toBe(200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const stream = {
    text: "",
    done: false,
    async readUntil(needle: string) {
      while (!stream.text.includes(needle) && !stream.done) {
        const { value, done } = await reader.read();
        if (done) stream.done = true;
        else stream.text += decoder.decode(value);
      }
    },
    async readToEnd() {
      while (!stream.done) await stream.readUntil("\u0000never");
    },
    close: () => reader.cancel().catch(() => {}),
  };
  return stream;
}

describe("finding 6: the template form", () => {
  const zeroRows = { antal: "0", navn: "Tom skabelon" };

  it("answers a user without a role on the committee 404, not 500", async () => {
    const response = await post(
      `/app/udvalg/${world.committee.id}/skabelon`,
      who.stranger,
      zeroRows,
    );
    expect(response.status).toBe(404);
  });

  it("refuses a member before looking at the form, without the validation rules", async () => {
    const response = await post(`/app/udvalg/${world.committee.id}/skabelon`, who.member, zeroRows);
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain("Kun en administrator kan ændre udvalgets sagsskabelon.");
    expect(html).not.toContain("Skabelonen skal have mindst ét felt.");
  });

  it("still tells an administrator what is wrong with the form", async () => {
    const response = await post(`/app/udvalg/${world.committee.id}/skabelon`, who.admin, zeroRows);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Skabelonen skal have mindst ét felt.");
  });

  it("the live writing check refuses someone who may not read the case before reading the input", async () => {
    const response = await app().request(`/app/sager/${ids.draft}/skrivetjek`, {
      method: "POST",
      headers: {
        cookie: who.member.cookie,
        origin: ORIGIN,
        "x-csrf-token": who.member.csrf,
        "content-type": "application/json",
      },
      body: "{ikke json",
    });
    expect(response.status).toBe(404);
  });

  it("updateTemplate authorizes before it validates", async () => {
    const attempt = updateTemplate(database.current.db, world.secretary, {
      committeeId: world.committee.id,
      fields: [],
    });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ status: 403 });
  });
});

/** A multipart body cut off in the middle of a field, as a dropped connection leaves it. */
function truncatedMultipart(w: Who, field: string): RequestInit {
  const boundary = "----referat-afbrudt";
  return {
    method: "POST",
    headers: {
      cookie: w.cookie,
      origin: ORIGIN,
      "x-csrf-token": w.csrf,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    body: `--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\nhalv tek`,
  };
}

const UNREADABLE = "Formularen kunne ikke læses";

describe("finding 7: an unreadable form body", () => {
  it("saving a private note answers a Danish 400 and leaves the note as it was", async () => {
    const { db } = database.current;
    const path = `/app/moeder/${ids.meeting}/dagsorden/punkter/${ids.sentItem}/note`;
    expect((await post(path, who.member, { note: "MIN-PRIVATE-NOTE" })).status).toBe(303);
    const response = await app().request(path, truncatedMultipart(who.member, "note"));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(UNREADABLE);
    const notes = await db
      .select({ body: memberNotes.body })
      .from(memberNotes)
      .where(eq(memberNotes.userId, who.member.userId));
    expect(notes.map((n) => n.body)).toEqual(["MIN-PRIVATE-NOTE"]);
  });

  it("every form route answers an unreadable body with a Danish 400 and changes nothing", async () => {
    const { db } = database.current;
    const meeting = ids.meeting;
    const routes: [Who, string, string][] = [
      [who.author, `/app/sager/${ids.draft}`, "titel"],
      [who.author, `/app/sager/${ids.draft}/send`, "titel"],
      [who.author, `/app/sager/${ids.draft}/kommentarer`, "tekst"],
      [who.author, `/app/sager/${ids.draft}/bilag`, "fil"],
      [who.author, `/app/sager/${ids.draft}/import`, "fil"],
      [who.author, `/app/sager/${ids.draft}/deling`, "bruger"],
      [who.author, "/app/sager", "titel"],
      [who.admin, `/app/udvalg/${world.committee.id}/skabelon`, "antal"],
      [who.author, `/app/sager/${ids.draft}/versioner/1/gendan`, "version"],
      [who.secretary, "/app/moeder/ny", "udvalg"],
      [who.secretary, `/app/udvalg/${world.committee.id}/temaer`, "titel"],
      [who.secretary, `/app/udvalg/${world.committee.id}/faste-punkter`, "titel"],
      [who.secretary, `/app/moeder/${meeting}/dagsorden/sager`, "sag"],
      [who.secretary, `/app/moeder/${meeting}/dagsorden/raekkefoelge`, "orden"],
      [who.secretary, `/app/punkter/${ids.sentItem}/bilag`, "fil"],
      [who.secretary, `/app/moeder/${meeting}/afvikling/punkt/${ids.sentItem}/beslutning`, "tekst"],
      [who.secretary, `/app/moeder/${meeting}/referat/ret`, "tekst"],
    ];
    const [before] = await db.select().from(cases).where(eq(cases.id, ids.draft));
    for (const [w, path, field] of routes) {
      const response = await app().request(path, truncatedMultipart(w, field));
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toContain(UNREADABLE);
    }
    const [after] = await db.select().from(cases).where(eq(cases.id, ids.draft));
    expect(after?.version).toBe(before?.version);
    expect(after?.status).toBe("draft");
  });
});

describe("finding 8: notices from the query string", () => {
  it("shows only the fixed messages, never text taken from the URL", async () => {
    const spoof = "Ring til IT-support og oplys din adgangskode";
    const query = new URLSearchParams({
      besked: "gemt",
      v: "3",
      ukendt: spoof,
      fjernet: spoof,
    });
    const response = await get(`/app/sager/${ids.draft}?${query}`, who.author);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Sagen er gemt som version 3.");
    expect(html).not.toContain("Ring til IT-support");
  });

  it("still tells the commenter that a mentioned person got no message", async () => {
    const response = await post(`/app/sager/${ids.draft}/kommentarer`, who.author, {
      tekst: "Se her, @ukendt@eksempel.dk og @ingen@eksempel.dk.",
    });
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    expect(location).not.toContain("eksempel");
    const html = await (await get(location, who.author)).text();
    expect(html).toContain("2 nævnte personer kunne ikke få besked");
  });
});

describe("finding 10: the event stream", () => {
  it("sends a keep-alive comment and closes itself after its maximum lifetime", async () => {
    // A lifetime long enough that a busy machine still opens the stream well before it ends.
    const env = { REFERAT_LIVE_KEEPALIVE_MS: "20", REFERAT_LIVE_MAX_MS: "4000" };
    const stream = await openStream(app(env), who.member);
    await stream.readUntil(": keep-alive");
    expect(stream.text).toContain(": keep-alive");
    await stream.readToEnd();
    expect(stream.done).toBe(true);
  });

  it("gives events ids and resumes after Last-Event-ID without losing or repeating any", async () => {
    const { db } = database.current;
    const first = await openStream(app(), who.member);
    await first.readUntil("event: ready");
    const readyId = /event: ready\n(?:data: .*\n)*id: (\S+)/.exec(first.text)?.[1];
    expect(readyId).toBeTruthy();
    await first.close();
    // Saved while the member was disconnected.
    await recordDecision(db, world.secretary, {
      meetingId: ids.meeting,
      itemId: ids.sentItem,
      version: await decisionVersion(ids.sentItem),
      outcome: "decided",
      text: "MENS-AFBRUDT",
    });
    const second = await openStream(app(), who.member, { "last-event-id": readyId ?? "" });
    await second.readUntil("MENS-AFBRUDT");
    await recordDecision(db, world.secretary, {
      meetingId: ids.meeting,
      itemId: ids.sentItem,
      version: await decisionVersion(ids.sentItem),
      outcome: "decided",
      text: "EFTER-GENFORBINDELSE",
    });
    await second.readUntil("EFTER-GENFORBINDELSE");
    expect(second.text.split("MENS-AFBRUDT").length - 1).toBe(1);
    const lastId = [...second.text.matchAll(/^id: (\S+)$/gm)].at(-1)?.[1];
    await second.close();
    const third = await openStream(app(), who.member, { "last-event-id": lastId ?? "" });
    await third.readUntil("event: ready");
    expect(third.text).not.toContain("MENS-AFBRUDT");
    expect(third.text).not.toContain("EFTER-GENFORBINDELSE");
    await third.close();
  });

  it("caps the open streams of one session with a Danish 429", async () => {
    const a = app({ REFERAT_LIVE_STREAMS_PER_SESSION: "2" });
    const one = await openStream(a, who.member);
    const two = await openStream(a, who.member);
    const third = await a.request(`/app/moeder/${ids.meeting}/haendelser`, {
      headers: { cookie: who.member.cookie },
    });
    expect(third.status).toBe(429);
    expect(await third.text()).toContain("For mange åbne livevisninger");
    await one.readUntil("event: ready");
    await one.close();
    // Another session of the same user is not counted against this one.
    const other = await login(who.member.userId);
    const elsewhere = await openStream(a, other);
    await elsewhere.close();
    await waitFor(async () => {
      const again = await openStream(a, who.member);
      await again.close();
    });
    await two.close();
  });
});

async function decisionVersion(itemId: number): Promise<number> {
  const { decisions } = await import("../db/schema/index.ts");
  const [row] = await database.current.db
    .select({ version: decisions.version })
    .from(decisions)
    .where(eq(decisions.agendaItemId, itemId));
  return row?.version ?? 0;
}

/** Retries `attempt` briefly: a closed stream is released when its handler has finished. */
async function waitFor(attempt: () => Promise<void>) {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i > 50) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
