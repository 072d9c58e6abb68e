import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
} from "../../../test/factories.ts";
import { attachments, auditLog } from "../../db/schema/index.ts";
import { FileSystemStorage } from "../../storage/file-system-storage.ts";
import { readAttachment } from "./read-attachment.ts";
import { MAX_ATTACHMENT_BYTES, storeAttachment } from "./store-attachment.ts";

const database = useTestDatabase();
let root: string;
let storage: FileSystemStorage;
const ids = { org: 0, otherOrg: 0, item: 0, caseId: 0 };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-attachments-"));
  storage = new FileSystemStorage(root);
  const { db } = database.current;
  const org = await createOrganisation(db);
  const other = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: org.id });
  const meeting = await createMeeting(db, { organisationId: org.id, committeeId: committee.id });
  const item = await createAgendaItem(db, {
    meetingId: meeting.id,
    fields: [{ label: "Sagsfremstilling", text: "Tekst" }],
  });
  Object.assign(ids, { org: org.id, otherOrg: other.id, item: item.id, caseId: item.case?.id });
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function pdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return doc.save();
}

const storedFiles = async () =>
  (await readdir(root, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());

describe("storeAttachment", () => {
  it("stores the file, its row and an audit entry; the bytes read back verified", async () => {
    const { db } = database.current;
    const bytes = await pdf();
    const result = await storeAttachment(db, storage, {
      organisationId: ids.org,
      actorId: null,
      agendaItemId: ids.item,
      name: "C:\\fakepath\\Budget 2026.pdf",
      bytes,
      public: true,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.attachment).toMatchObject({
      name: "Budget 2026.pdf",
      mediaType: "application/pdf",
    });
    const [row] = await db
      .select()
      .from(attachments)
      .where(eq(attachments.id, result.attachment.id));
    expect(row).toMatchObject({ agendaItemId: ids.item, caseId: ids.caseId, position: 0 });
    expect(row?.sizeBytes).toBe(bytes.byteLength);
    const audit = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityType, "attachment"), eq(auditLog.entityId, result.attachment.id)),
      );
    expect(audit.map((a) => a.action)).toEqual(["attachment.uploaded"]);
    const file = await readAttachment(db, storage, result.attachment.id);
    expect(Buffer.from((await file?.readBytes()) ?? [])).toEqual(Buffer.from(bytes));
  });

  it("puts a case's attachments after the ones it has", async () => {
    const { db } = database.current;
    const input = { organisationId: ids.org, actorId: null, caseId: ids.caseId, public: false };
    const a = await storeAttachment(db, storage, { ...input, name: "a.pdf", bytes: await pdf() });
    const b = await storeAttachment(db, storage, { ...input, name: "b.pdf", bytes: await pdf() });
    if (!a.ok || !b.ok) throw new Error("not stored");
    const rows = await db.select().from(attachments).where(eq(attachments.caseId, ids.caseId));
    const position = (id: number) => rows.find((r) => r.id === id)?.position ?? -1;
    expect(position(b.attachment.id)).toBeGreaterThan(position(a.attachment.id));
  });

  it("writes nothing for a lying name, a file too large or another organisation's item", async () => {
    const { db } = database.current;
    const before = await storedFiles();
    const rowsBefore = await db.$count(attachments);
    const base = { actorId: null, agendaItemId: ids.item, public: true };
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    const lying = await storeAttachment(db, storage, {
      ...base,
      organisationId: ids.org,
      name: "foo.pdf",
      bytes: zip,
    });
    expect(lying).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringContaining("ZIP"),
    });
    const large = await storeAttachment(db, storage, {
      ...base,
      organisationId: ids.org,
      name: "stor.pdf",
      bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1),
    });
    expect(large).toMatchObject({
      ok: false,
      status: 413,
      message: expect.stringContaining("25 MB"),
    });
    const foreign = await storeAttachment(db, storage, {
      ...base,
      organisationId: ids.otherOrg,
      name: "x.pdf",
      bytes: new TextEncoder().encode("%PDF-1.7 anderledes indhold"),
    });
    expect(foreign).toMatchObject({ ok: false, status: 404 });
    expect(await storedFiles()).toHaveLength(before.length);
    expect(await db.$count(attachments)).toBe(rowsBefore);
  });
});
