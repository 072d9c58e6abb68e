import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createSession,
  createWrittenCase,
} from "../../test/factories.ts";
import {
  attachments,
  caseFields,
  cases,
  caseTemplateFields,
  committees,
} from "../db/schema/index.ts";
import { saveCase } from "../domain/case/save-case.ts";
import { FileSystemStorage } from "../storage/file-system-storage.ts";
import { formPost, ORIGIN, sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
let root: string;
let storage: FileSystemStorage;
const app = () => testApp(database.current.db, {}, { storage });

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
  root = await mkdtemp(join(tmpdir(), "referat-case-files-"));
  storage = new FileSystemStorage(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

type Who = { cookie: string; csrf: string };
async function as(user: { id: number }): Promise<Who> {
  const s = await createSession(database.current.db, user.id);
  return { cookie: sessionCookie(s.token), csrf: s.csrfToken };
}

function upload(
  who: Who,
  path: string,
  name: string,
  bytes: Uint8Array,
  extra: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("_csrf", who.csrf);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  form.set("fil", new File([bytes as Uint8Array<ArrayBuffer>], name));
  return app().request(path, {
    method: "POST",
    headers: { cookie: who.cookie, origin: ORIGIN },
    body: form,
  });
}

async function versionOf(caseId: number) {
  const [row] = await database.current.db.select().from(cases).where(eq(cases.id, caseId));
  return row?.version ?? 0;
}

async function pdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`bilag ${Math.random()}`);
  doc.addPage();
  return doc.save();
}

/** A zip with one deflated entry, declaring `declared` bytes unpacked whatever it holds. */
function zipWith(name: string, content: Buffer, declared: number): Buffer {
  const data = deflateRawSync(content);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + fileName.length + data.length;
  const cd = Buffer.concat([central, fileName]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, fileName, data, cd, end]);
}

describe("case bilag", () => {
  it("stores a PDF on a draft (sha512, type from content) and serves it only to those who may read the case", async () => {
    const written = await createWrittenCase(database.current.db, world);
    const author = await as(world.author);
    const res = await upload(author, `/app/sager/${written.id}/bilag`, "Økonomi.pdf", await pdf(), {
      offentlig: "1",
    });
    expect(res.status).toBe(303);
    const [row] = await database.current.db
      .select()
      .from(attachments)
      .where(eq(attachments.caseId, written.id));
    expect(row).toMatchObject({ name: "Økonomi.pdf", mediaType: "application/pdf", public: true });
    expect(row?.sha512).toMatch(/^[0-9a-f]{128}$/);
    const page = await (
      await app().request(`/app/sager/${written.id}`, { headers: { cookie: author.cookie } })
    ).text();
    expect(page).toContain(`href="/app/sager/${written.id}/bilag/${row?.id}"`);
    const file = await app().request(`/app/sager/${written.id}/bilag/${row?.id}`, {
      headers: { cookie: author.cookie },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    const outsider = await as(world.approver);
    const refused = await app().request(`/app/sager/${written.id}/bilag/${row?.id}`, {
      headers: { cookie: outsider.cookie },
    });
    expect(refused.status).toBe(404);
  });

  it("refuses an upload whose extension lies about its content, in Danish, storing nothing", async () => {
    const written = await createWrittenCase(database.current.db, world);
    const author = await as(world.author);
    const res = await upload(
      author,
      `/app/sager/${written.id}/bilag`,
      "budget.pdf",
      Buffer.from("MZ\x90\x00 not a pdf, an exe"),
    );
    expect(res.status).toBe(400);
    // The case page again, the message in focus, with the form to choose another file.
    const page = await res.text();
    expect(page).toMatch(/<div class="error-summary case-error" role="alert"[^>]*autofocus/);
    expect(page).toContain("budget.pdf");
    expect(page).toContain(`<form method="post" action="/app/sager/${written.id}/bilag"`);
    const rows = await database.current.db
      .select()
      .from(attachments)
      .where(eq(attachments.caseId, written.id));
    expect(rows).toHaveLength(0);
    const member = await as(world.outsider);
    const stranger = await upload(member, `/app/sager/${written.id}/bilag`, "a.pdf", await pdf());
    expect([403, 404]).toContain(stranger.status);
  });
});

describe("case bilag as documents", () => {
  it("shows the title, edits it, replaces the file (old one kept) and deletes it, in Danish", async () => {
    const { db } = database.current;
    const written = await createWrittenCase(db, world);
    const author = await as(world.author);
    const base = `/app/sager/${written.id}/bilag`;
    await upload(author, base, "Tilstandsrapport_raadhustag.pdf", await pdf());
    const [row] = await db.select().from(attachments).where(eq(attachments.caseId, written.id));
    const id = row?.id as number;
    const pageOf = async () =>
      (
        await app().request(`/app/sager/${written.id}`, { headers: { cookie: author.cookie } })
      ).text();
    const before = await pageOf();
    expect(before).toContain(`<a href="${base}/${id}">Tilstandsrapport raadhustag</a>`);
    expect(before).toContain("Tilstandsrapport_raadhustag.pdf");

    const post = (path: string, fields: Record<string, string>) =>
      app().request(path, formPost({ _csrf: author.csrf, ...fields }, { cookie: author.cookie }));
    const edited = await post(`${base}/${id}/ret`, {
      titel: "Tilstandsrapport for rådhusets tag",
      placering: "1",
    });
    expect(edited.status).toBe(303);
    expect(edited.headers.get("location")).toBe(
      `/app/sager/${written.id}?besked=bilaggemt#bilag-besked`,
    );
    const noTitle = await post(`${base}/${id}/ret`, { titel: " ", placering: "1" });
    expect(noTitle.status).toBe(400);
    expect(await noTitle.text()).toContain("Skriv en titel på bilaget");

    const wrongKind = await upload(
      author,
      `${base}/${id}/erstat`,
      "rapport.docx",
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("x")] }] })),
    );
    expect(wrongKind.status).toBe(400);
    expect(await wrongKind.text()).toContain("Bilaget er en PDF-fil, men den nye fil er");
    const replaced = await upload(author, `${base}/${id}/erstat`, "rapport_v2.pdf", await pdf());
    expect(replaced.status).toBe(303);
    const after = await pageOf();
    expect(after).toContain(`<a href="${base}/${id}">Tilstandsrapport for rådhusets tag</a>`);
    expect(after).toContain("rapport_v2.pdf");
    expect(after).toContain("Tidligere versioner");
    const version = after.match(new RegExp(`${base}/${id}/versioner/(\\d+)`));
    const old = await app().request(version?.[0] ?? "/", { headers: { cookie: author.cookie } });
    expect(old.status).toBe(200);
    expect(old.headers.get("content-disposition")).toContain("Tilstandsrapport_raadhustag.pdf");
    const stranger = await as(world.strangerAuthor);
    const peek = await app().request(version?.[0] ?? "/", { headers: { cookie: stranger.cookie } });
    expect(peek.status).toBe(404);

    const deleted = await post(`${base}/${id}/slet`, {});
    expect(deleted.status).toBe(303);
    expect(await db.$count(attachments, eq(attachments.id, id))).toBe(0);
    // The page opens at the notice in the bilag section, not at the top out of sight.
    const where = deleted.headers.get("location") ?? "";
    expect(where).toMatch(/#bilag-besked$/);
    const told = await (
      await app().request(where.replace(/#.*/, ""), { headers: { cookie: author.cookie } })
    ).text();
    const section = told.slice(told.indexOf('<h2 id="bilag">'));
    expect(section).toMatch(
      /^<h2 id="bilag">[^<]*<\/h2><p class="case-notice outcome"[^>]*id="bilag-besked"[^>]*>Bilaget er slettet/,
    );
  });
});

describe("Word round trip", () => {
  it("exports a case as DOCX with heading styles and imports it back into another case's fields", async () => {
    const { db } = database.current;
    const written = await createWrittenCase(db, world, { title: "Beslutning om ny legeplads" });
    await saveCase(db, world.author, {
      caseId: written.id,
      version: await versionOf(written.id),
      fields: [
        {
          key: "sagsfremstilling",
          doc: {
            type: "doc",
            content: [
              {
                type: "heading",
                attrs: { level: 1 },
                content: [{ type: "text", text: "Baggrund" }],
              },
              { type: "paragraph", content: [{ type: "text", text: "Legepladsen er nedslidt." }] },
              {
                type: "bulletList",
                content: [
                  {
                    type: "listItem",
                    content: [{ type: "paragraph", content: [{ type: "text", text: "Gynger" }] }],
                  },
                ],
              },
            ],
          },
        },
      ],
    });
    const author = await as(world.author);
    for (const [name, open] of [
      ["Økonomi.pdf", true],
      ["Tegning.pdf", false],
    ] as const) {
      const added = await upload(author, `/app/sager/${written.id}/bilag`, name, await pdf(), {
        ...(open ? { offentlig: "1" } : {}),
      });
      expect(added.status).toBe(303);
    }
    const res = await app().request(`/app/sager/${written.id}/sag.docx`, {
      headers: { cookie: author.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const { default: mammoth } = await import("mammoth");
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(html).toContain("<h2>Beslutning om ny legeplads</h2>");
    expect(html).toContain("<h3>Sagsfremstilling</h3>");
    expect(html).toContain("<h4>Baggrund</h4>");
    // The bilag listed last, in order, the one not to be published marked so.
    expect(html).toMatch(
      /<h3>Bilag<\/h3><ul><li>Økonomi[^<]*<\/li><li>Tegning[^<]*\(offentliggøres ikke\)<\/li><\/ul>$/,
    );

    const target = await createWrittenCase(db, world, { title: "Beslutning om kopien" });
    const imported = await upload(author, `/app/sager/${target.id}/import`, "sag.docx", bytes, {
      version: String(await versionOf(target.id)),
    });
    expect(imported.status).toBe(303);
    expect(imported.headers.get("location")).toContain("besked=importeret");
    const fields = await db.select().from(caseFields).where(eq(caseFields.caseId, target.id));
    const sags = fields.find((f) => f.key === "sagsfremstilling");
    expect(sags?.doc).toMatchObject({
      content: [
        { type: "heading", attrs: { level: 1 } },
        { type: "paragraph" },
        { type: "bulletList" },
      ],
    });
    expect(fields.find((f) => f.key === "resume")?.text).toBe("Kort resumé.");
    // The bilag list is not read into the last field.
    for (const f of fields) expect(f.text).not.toMatch(/Økonomi|Tegning|Bilag/);
  });

  it("refuses a zip bomb, a file that is not DOCX and an import into a locked case, in Danish", async () => {
    const written = await createWrittenCase(database.current.db, world);
    const author = await as(world.author);
    const version = String(await versionOf(written.id));
    const bomb = zipWith("word/document.xml", Buffer.alloc(80 * 1024 * 1024), 1000);
    expect(bomb.length).toBeLessThan(200_000);
    const res = await upload(author, `/app/sager/${written.id}/import`, "udkast.docx", bomb, {
      version,
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("fylder for meget, når det pakkes ud");
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const notDocx = await upload(author, `/app/sager/${written.id}/import`, "udkast.docx", png, {
      version,
    });
    expect(notDocx.status).toBe(400);
    expect(await notDocx.text()).toContain("ikke et Word-dokument");
    expect(String(await versionOf(written.id))).toBe(version);

    const sent = await createWrittenCase(database.current.db, world, { submitTo: world.approver });
    const locked = await upload(author, `/app/sager/${sent.id}/import`, "udkast.docx", png, {
      version: "1",
    });
    expect(locked.status).toBe(403);
    expect(await locked.text()).toContain("Sagen kan ikke redigeres");
  });
});

describe("the case template page", () => {
  it("lets an administrator reorder and change fields; existing cases keep theirs; others are refused", async () => {
    const { db } = database.current;
    const existing = await createWrittenCase(db, world);
    const admin = await as(world.admin);
    const path = `/app/udvalg/${world.committee.id}/skabelon`;
    const page = await (await app().request(path, { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain("Højst fem linjer.");
    expect(page).toContain('name="felt-0-overskrift"');
    const body = new URLSearchParams({
      _csrf: admin.csrf,
      antal: "3",
      navn: "Ny skabelon",
      "felt-0-overskrift": "Indstilling",
      "felt-0-noegle": "indstilling",
      "felt-0-placering": "2",
      "felt-0-type": "recommendations",
      "felt-0-kraevet": "1",
      "felt-0-offentlig": "1",
      "felt-1-overskrift": "Resumé",
      "felt-1-noegle": "resume",
      "felt-1-placering": "1",
      "felt-1-vejledning": "Skriv kort, hvad sagen handler om.",
      "felt-1-offentlig": "1",
      "felt-2-overskrift": "",
      "felt-2-noegle": "",
    });
    const post = (who: Who, b: URLSearchParams) =>
      app().request(path, {
        method: "POST",
        headers: {
          cookie: who.cookie,
          origin: ORIGIN,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: b.toString(),
      });
    const res = await post(admin, body);
    expect(res.status).toBe(303);
    const [committee] = await db
      .select()
      .from(committees)
      .where(eq(committees.id, world.committee.id));
    const fields = await db
      .select()
      .from(caseTemplateFields)
      .where(eq(caseTemplateFields.templateId, committee?.caseTemplateId ?? 0));
    expect(fields.sort((a, b) => a.position - b.position).map((f) => f.key)).toEqual([
      "resume",
      "indstilling",
    ]);
    const kept = await db.select().from(caseFields).where(eq(caseFields.caseId, existing.id));
    expect(kept.map((f) => f.key).sort()).toEqual([
      "indstilling",
      "noter",
      "resume",
      "sagsfremstilling",
    ]);

    const bad = new URLSearchParams(body);
    bad.set("felt-0-noegle", "Ugyldig Nøgle");
    const refused = await post(admin, bad);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Feltnøglen »Ugyldig Nøgle« er ugyldig");
    const author = await as(world.author);
    const forbidden = await post(
      author,
      new URLSearchParams({ ...Object.fromEntries(body), _csrf: author.csrf }),
    );
    expect(forbidden.status).toBe(403);
    expect((await app().request(path, { headers: { cookie: author.cookie } })).status).toBe(403);
  });
});
