import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, PDFHexString, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPng, buildZip, encodeWindows1252 } from "../../test/fixtures/import/build-binary.ts";
import { buildDocx } from "../../test/fixtures/import/build-docx.ts";
import { buildPdf } from "../../test/fixtures/import/build-pdf.ts";
import { readSeed, SEED_FILES, seedPath } from "../../test/fixtures/import/seeds.ts";
import { ImportError } from "./model.ts";
import { MAX_LEGACY_FILE_BYTES, parseLegacyBuffer, readLegacyFile } from "./read-legacy-file.ts";

const MINUTES =
  "REFERAT Økonomiudvalget d. 03-05-2024\n\nMødedato Fredag d. 3. maj 2024 kl. 8.30\n\nMødested Rådhuset – sal 2\n\nPunkt 1: Godkendelse af dagsorden – maj\n\n00.01.00-A21-2-24\n\nBeslutning\n\nGodkendt “uden” bemærkninger.\n";

async function failure(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

async function bufferFailure(buf: Buffer | Uint8Array, name: string): Promise<string> {
  const error = await failure(() => parseLegacyBuffer(Buffer.from(buf), name));
  expect(error.file).toBe(name);
  expect(error.message.startsWith(`${name}: `)).toBe(true);
  return error.reason;
}

async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText("Punkt 1: Hemmeligt", { x: 50, y: 700, font });
  const key = PDFHexString.of("ab".repeat(32));
  const { context } = doc;
  context.trailerInfo.Encrypt = context.register(
    context.obj({ Filter: "Standard", V: 1, R: 2, Length: 40, P: -44, O: key, U: key }),
  );
  const id = PDFHexString.of("01".repeat(16));
  context.trailerInfo.ID = context.obj([id, id]);
  return doc.save({ useObjectStreams: false });
}

async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(buildPng());
  doc.addPage().drawImage(image, { x: 40, y: 40, width: 500, height: 750 });
  return doc.save();
}

describe("readLegacyFile and parseLegacyBuffer: good input", () => {
  it("reads a text file from disk", async () => {
    const result = await readLegacyFile(seedPath(SEED_FILES.chefforum2021Nov));
    expect(result.items).toHaveLength(7);
  });

  it("recognises PDF and DOCX by their content, whatever the file is called", async () => {
    const pdf = await buildPdf(MINUTES);
    const docx = await buildDocx(MINUTES.split("\n\n").map((text) => ({ text: text.trim() })));
    for (const buf of [Buffer.from(pdf), docx]) {
      const result = await parseLegacyBuffer(buf, "referat.bin");
      expect(result.items[0]?.decision).toBe("Godkendt “uden” bemærkninger.");
    }
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", async () => {
    const result = await parseLegacyBuffer(encodeWindows1252(MINUTES), "gammel.txt");
    expect(result.meeting.location).toBe("Rådhuset – sal 2");
    expect(result.items[0]?.title).toBe("Godkendelse af dagsorden – maj");
    expect(result.items[0]?.decision).toBe("Godkendt “uden” bemærkninger.");
  });

  it("strips a UTF-8 byte order mark and normalises CRLF", async () => {
    const crlf = Buffer.from(`\uFEFF${MINUTES.replace(/\n/g, "\r\n")}`, "utf8");
    const result = await parseLegacyBuffer(crlf, "bom.txt");
    expect(result.meeting.committee).toBe("Økonomiudvalget");
    expect(result.items[0]?.decision).toBe("Godkendt “uden” bemærkninger.");
  });

  it("reads UTF-16 with a byte order mark", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINUTES, "utf16le")]);
    expect((await parseLegacyBuffer(utf16, "utf16.txt")).meeting.date).toBe("2024-05-03");
  });

  it("parses the same as text when read from disk and from a buffer", async () => {
    const fromBuffer = await parseLegacyBuffer(
      Buffer.from(readSeed(SEED_FILES.chefforum2025Mar)),
      "x.txt",
    );
    const fromDisk = await readLegacyFile(seedPath(SEED_FILES.chefforum2025Mar));
    expect(fromDisk).toEqual(fromBuffer);
  });
});

describe("readLegacyFile and parseLegacyBuffer: bad input", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "referat-import-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("refuses an empty file", async () => {
    const path = join(dir, "tom.txt");
    await writeFile(path, "");
    const error = await failure(() => readLegacyFile(path));
    expect(error.message).toBe(`${path}: Filen er tom.`);
    expect(await bufferFailure(Buffer.from(" \n\r\n\t"), "blank.txt")).toBe("Filen er tom.");
  });

  it("refuses a file over 20 MB before reading it", async () => {
    const path = join(dir, "stor.txt");
    await writeFile(path, "");
    await truncate(path, MAX_LEGACY_FILE_BYTES + 1);
    const error = await failure(() => readLegacyFile(path));
    expect(error.message).toMatch(/stor\.txt: Filen er for stor \(20 MB\)\. .*20 MB\.$/);
    const reason = await bufferFailure(Buffer.alloc(MAX_LEGACY_FILE_BYTES + 1), "stor.bin");
    expect(reason).toContain("for stor");
  });

  it("names a missing file and a directory", async () => {
    expect((await failure(() => readLegacyFile(join(dir, "findes-ikke.pdf")))).message).toMatch(
      /findes-ikke\.pdf: Filen findes ikke\.$/,
    );
    expect((await failure(() => readLegacyFile(dir))).reason).toBe("Stien peger ikke på en fil.");
  });

  it("refuses binary data that is neither text, PDF nor DOCX", async () => {
    const binary = Buffer.from([0x01, 0x00, 0x02, 0x03, 0x00, 0x41, 0x42]);
    expect(await bufferFailure(binary, "data.bin")).toContain("binære data");
    expect(await bufferFailure(buildPng(), "scan.png")).toBe(
      "Filen er et billede (PNG) og ikke et referat.",
    );
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await bufferFailure(doc, "referat.doc")).toContain("gammelt Office-format");
    const rtf = Buffer.from("{\\rtf1\\ansi Punkt 1: Hej}");
    expect(await bufferFailure(rtf, "referat.rtf")).toContain("RTF-format");
  });

  it("refuses text without agenda items", async () => {
    const text = "REFERAT Chefforum d. 25-11-2021\n\nMødested Mødelokale 1\n\nIngen punkter her.\n";
    expect(await bufferFailure(Buffer.from(text), "uden-punkter.txt")).toContain(
      "ingen dagsordenspunkter",
    );
  });

  it("refuses a PDF that cannot be opened", async () => {
    const garbage = Buffer.from("%PDF-1.7\nthis is not a pdf at all\n%%EOF");
    expect(await bufferFailure(garbage, "ødelagt.pdf")).toBe(
      "PDF-filen kan ikke åbnes; den er muligvis beskadiget.",
    );
  });

  it("refuses a password-protected PDF", async () => {
    expect(await bufferFailure(await encryptedPdf(), "krypteret.pdf")).toBe(
      "PDF-filen er beskyttet med adgangskode og kan ikke læses.",
    );
  });

  it("refuses a scanned PDF without a text layer", async () => {
    expect(await bufferFailure(await scannedPdf(), "skannet.pdf")).toContain(
      "ingen tekst, formentlig fordi den er skannet",
    );
  });

  it("refuses a ZIP archive that is not a Word document", async () => {
    const zip = buildZip({ "noter.txt": "Punkt 1: Hej" });
    expect(await bufferFailure(zip, "arkiv.zip")).toBe(
      "Filen er et ZIP-arkiv, men ikke et Word-dokument (DOCX).",
    );
  });

  it("refuses a DOCX that cannot be read", async () => {
    const broken = buildZip({
      "[Content_Types].xml": "<Types",
      "word/document.xml": "<w:document><w:body><w:p>",
    });
    expect(await bufferFailure(broken, "ødelagt.docx")).toBe(
      "Word-dokumentet kan ikke læses; det er muligvis beskadiget.",
    );
    const docx = await buildDocx([{ text: "Punkt 1: A" }]);
    const truncated = docx.subarray(0, Math.floor(docx.length / 2));
    expect(await bufferFailure(truncated, "halv.docx")).toBe(
      "Word-dokumentet kan ikke læses; det er muligvis beskadiget.",
    );
  });

  it("refuses a DOCX without text", async () => {
    expect(await bufferFailure(await buildDocx([{ text: "" }]), "tom.docx")).toBe(
      "Word-dokumentet indeholder ingen tekst.",
    );
  });
});
