import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAgendaItem,
  createAuthoringCommittee,
  createMeeting,
  createWrittenCase,
} from "../../../test/factories.ts";
import { attachments, attachmentVersions, auditLog } from "../../db/schema/index.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import { searchArchive } from "../../search/search-archive.ts";
import { FileSystemStorage } from "../../storage/file-system-storage.ts";
import { atomFeed } from "../../web/feeds/atom-feed.ts";
import { committeeFeed } from "../../web/feeds/committee-feeds.ts";
import { listCaseAttachments } from "../case/list-case-attachments.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { listFeedMeetings } from "../publication/list-feed-meetings.ts";
import { toPublicMeeting } from "../publication/publication.policy.ts";
import { deleteAttachment } from "./delete-attachment.ts";
import { readAttachment, readAttachmentVersion } from "./read-attachment.ts";
import { replaceAttachmentFile } from "./replace-attachment-file.ts";
import { MAX_ATTACHMENT_BYTES, storeAttachment } from "./store-attachment.ts";
import { updateAttachment } from "./update-attachment.ts";

const database = useTestDatabase();
const m = attachmentMessages.manage;
let root: string;
let storage: FileSystemStorage;
let world: AuthoringCommittee;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-bilag-"));
  storage = new FileSystemStorage(root);
  world = await createAuthoringCommittee(database.current.db);
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function pdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(text);
  doc.addPage();
  return doc.save();
}

async function caseBilag(name: string, bytes?: Uint8Array) {
  const { db } = database.current;
  const kase = await createWrittenCase(db, world);
  const result = await storeAttachment(db, storage, {
    organisationId: world.organisationId,
    actorId: world.author.user.id,
    caseId: kase.id,
    name,
    bytes: bytes ?? (await pdf(name)),
    public: true,
  });
  if (!result.ok) throw new Error(result.message);
  return { caseId: kase.id, id: result.attachment.id, title: result.attachment.title };
}

const rowOf = async (id: number) =>
  (await database.current.db.select().from(attachments).where(eq(attachments.id, id)))[0];

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      if (error instanceof DomainError) return { status: error.status, message: error.message };
      throw error;
    },
  );

describe("a bilag's title", () => {
  it("defaults to the file name without extension, underscores as spaces", async () => {
    const a = await caseBilag("Tilstandsrapport_raadhus-tag  2026.pdf");
    expect(a.title).toBe("Tilstandsrapport raadhus-tag 2026");
    expect((await caseBilag("Budget-2026-oversigt.pdf")).title).toBe("Budget 2026 oversigt");
    expect((await rowOf(a.id))?.name).toBe("Tilstandsrapport_raadhus-tag 2026.pdf");
  });

  it("is edited with its place and openness; the list follows the new order", async () => {
    const { db } = database.current;
    const first = await caseBilag("Bilag_1.pdf");
    const second = await storeAttachment(db, storage, {
      organisationId: world.organisationId,
      actorId: null,
      caseId: first.caseId,
      name: "Bilag_2.pdf",
      bytes: await pdf("to"),
      public: true,
    });
    if (!second.ok) throw new Error(second.message);
    await updateAttachment(db, world.author, {
      attachmentId: second.attachment.id,
      title: "  Tilstandsrapport for   rådhusets tag ",
      position: 1,
      public: false,
    });
    const list = await listCaseAttachments(db, world.author, first.caseId);
    expect(list.map((a) => [a.title, a.public])).toEqual([
      ["Tilstandsrapport for rådhusets tag", false],
      ["Bilag 1", true],
    ]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "attachment.updated"));
    expect(audit.some((r) => r.entityId === second.attachment.id)).toBe(true);
  });

  it("refuses an empty title, a place off the list and someone who may not edit the case", async () => {
    const { db } = database.current;
    const a = await caseBilag("x.pdf");
    const input = { attachmentId: a.id, title: "   ", position: 1, public: true };
    expect(await refusal(updateAttachment(db, world.author, input))).toEqual({
      status: 400,
      message: m.noTitle,
    });
    const far = { ...input, title: "Ny", position: 5 };
    expect(await refusal(updateAttachment(db, world.author, far))).toMatchObject({ status: 400 });
    const ok = { ...input, title: "Ny" };
    expect(await refusal(updateAttachment(db, world.strangerAuthor, ok))).toMatchObject({
      status: 404,
    });
    // Named through another case's page, the bilag is not found, and nothing changes.
    const other = { ...ok, caseId: a.caseId + 1000 };
    expect(await refusal(updateAttachment(db, world.author, other))).toMatchObject({
      status: 404,
    });
    expect(await refusal(deleteAttachment(db, world.author, a.id, a.caseId + 1000))).toMatchObject({
      status: 404,
    });
    expect((await rowOf(a.id))?.title).toBe("x");
  });
});

describe("replacing a bilag's file", () => {
  it("keeps the earlier file as a version staff can read", async () => {
    const { db } = database.current;
    const a = await caseBilag("Budget_2026.pdf");
    const before = await rowOf(a.id);
    const replaced = await replaceAttachmentFile(db, storage, world.author, {
      attachmentId: a.id,
      name: "Budget_2026_rettet.pdf",
      bytes: await pdf("rettet"),
    });
    expect(replaced).toEqual({ name: "Budget_2026_rettet.pdf", title: "Budget 2026 rettet" });
    const after = await rowOf(a.id);
    expect(after?.sha512).not.toBe(before?.sha512);
    const [version] = await db
      .select()
      .from(attachmentVersions)
      .where(eq(attachmentVersions.attachmentId, a.id));
    expect(version).toMatchObject({ name: "Budget_2026.pdf", sha512: before?.sha512 });
    const old = await readAttachmentVersion(db, storage, a.id, version?.id ?? 0);
    expect(old?.attachment.name).toBe("Budget_2026.pdf");
    expect((await old?.readBytes())?.byteLength).toBe(before?.sizeBytes);
    const list = await listCaseAttachments(db, world.author, a.caseId);
    expect(list[0]?.versions.map((v) => v.name)).toEqual(["Budget_2026.pdf"]);
    expect((await readAttachment(db, storage, a.id))?.attachment.name).toBe(
      "Budget_2026_rettet.pdf",
    );
  });

  it("keeps a title the author gave it", async () => {
    const { db } = database.current;
    const a = await caseBilag("scan_0001.pdf");
    await updateAttachment(db, world.author, {
      attachmentId: a.id,
      title: "Høringssvar fra Ældrerådet",
      position: 1,
      public: true,
    });
    const replaced = await replaceAttachmentFile(db, storage, world.author, {
      attachmentId: a.id,
      name: "scan_0002.pdf",
      bytes: await pdf("ny"),
    });
    expect(replaced.title).toBe("Høringssvar fra Ældrerådet");
  });

  it("refuses another type, a bad file and a file too large in Danish, and changes nothing", async () => {
    const { db } = database.current;
    const a = await caseBilag("Notat.pdf");
    const before = await rowOf(a.id);
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      13,
      0x49,
      0x48,
      0x44,
      0x52,
      ...new Array(64).fill(0),
    ]);
    const attempts = [
      { name: "Notat.png", bytes: png, message: m.otherType("en PDF-fil", "et billede") },
      {
        name: "Notat.pdf",
        bytes: new TextEncoder().encode("bare tekst"),
        message: attachmentMessages.errors.nameLies("Notat.pdf", null),
      },
      {
        name: "Notat.pdf",
        bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1),
        message: attachmentMessages.errors.tooLarge(25),
      },
    ];
    for (const attempt of attempts) {
      const input = { attachmentId: a.id, name: attempt.name, bytes: attempt.bytes };
      expect(await refusal(replaceAttachmentFile(db, storage, world.author, input))).toEqual({
        status: 400,
        message: attempt.message,
      });
    }
    expect(await rowOf(a.id)).toEqual(before);
    expect(await db.$count(attachmentVersions, eq(attachmentVersions.attachmentId, a.id))).toBe(0);
  });
});

describe("deleting a bilag", () => {
  it("deletes it, with its versions, before any agenda showing it went out", async () => {
    const { db } = database.current;
    const a = await caseBilag("Kladde.pdf");
    await replaceAttachmentFile(db, storage, world.author, {
      attachmentId: a.id,
      name: "Kladde.pdf",
      bytes: await pdf("kladde 2"),
    });
    await deleteAttachment(db, world.author, a.id);
    expect(await rowOf(a.id)).toBeUndefined();
    expect(await db.$count(attachmentVersions, eq(attachmentVersions.attachmentId, a.id))).toBe(0);
  });

  it("refuses once the agenda is out, saying what to do; the public never sees a closed-off title", async () => {
    const { db } = database.current;
    const meeting = await createMeeting(db, {
      organisationId: world.organisationId,
      committeeId: world.committee.id,
      status: "agenda_published",
    });
    const item = await createAgendaItem(db, {
      meetingId: meeting.id,
      title: "Renovering af rådhusets tag",
      fields: [{ label: "Sagsfremstilling", text: "Taget skal renoveres." }],
    });
    const stored = await storeAttachment(db, storage, {
      organisationId: world.organisationId,
      actorId: world.secretary.user.id,
      agendaItemId: item.id,
      name: "Tilstandsrapport_raadhustag.pdf",
      bytes: await pdf("tilstand"),
      public: true,
    });
    if (!stored.ok) throw new Error(stored.message);
    const id = stored.attachment.id;
    expect(await refusal(deleteAttachment(db, world.secretary, id))).toEqual({
      status: 409,
      message: m.publishedDelete,
    });
    expect(await rowOf(id)).toBeDefined();

    const secret = "Fortrolig vurdering af tagentreprenør";
    await updateAttachment(db, world.secretary, {
      attachmentId: id,
      title: secret,
      position: 1,
      public: false,
    });
    const full = await getMeeting(db, meeting.id);
    if (!full) throw new Error("no meeting");
    expect(full.items[0]?.attachments[0]?.title).toBe(secret);
    expect(JSON.stringify(toPublicMeeting(full))).not.toContain("tagentreprenør");
    const outcome = await searchArchive(db, {
      query: "tagentreprenør",
      sort: "relevance",
      page: 1,
    });
    expect(outcome.kind === "results" ? outcome.hits : []).toEqual([]);
    const feed = atomFeed(
      committeeFeed(
        "https://example.dk",
        { slug: "udvalg", name: "Udvalg", organisationName: "Kommune" },
        await listFeedMeetings(db, [world.committee.id]),
      ),
    );
    expect(feed).toContain("Renovering af rådhusets tag");
    expect(feed).not.toContain("tagentreprenør");

    await updateAttachment(db, world.secretary, {
      attachmentId: id,
      title: "Tilstandsrapport for rådhusets tag",
      position: 1,
      public: true,
    });
    const shown = toPublicMeeting((await getMeeting(db, meeting.id)) ?? full);
    expect(shown?.items[0]).toMatchObject({
      attachments: [{ id, title: "Tilstandsrapport for rådhusets tag" }],
    });
  });
});
