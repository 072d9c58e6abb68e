import { Document, Packer, Paragraph } from "docx";
import {
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFRef,
  PDFString,
  StandardFonts,
} from "pdf-lib";
import { describe, expect, it } from "vitest";
import { seedDocument } from "../../../test/fixtures/render/docx-document.ts";
import { pdfFonts, pdfInfo, pdfText } from "../../../test/poppler.ts";
import { convertToPdf, findLibreOffice } from "../libreoffice.ts";
import { renderPdf } from "../pdf/render-pdf.ts";
import { buildAgendaPackage, type PackageItem } from "./build-agenda-package.ts";

const N = (name: string) => PDFName.of(name);

async function pdfWithPages(label: string, pages: number): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    pdf.addPage([595, 842]).drawText(`${label} side ${i}`, { x: 56, y: 760, size: 14, font });
  }
  return pdf;
}

/** An agenda like Typst's: one page, tagged (MarkInfo, StructTreeRoot) and with an outline. */
async function taggedAgenda(): Promise<Uint8Array> {
  const pdf = await pdfWithPages("DAGSORDENTEKST", 1);
  const { context, catalog } = pdf;
  catalog.set(N("MarkInfo"), context.obj({ Marked: true }));
  catalog.set(N("StructTreeRoot"), context.register(context.obj({ Type: "StructTreeRoot" })));
  const outlines = context.nextRef();
  const entry = context.register(
    context.obj({
      Title: PDFHexString.fromText("Punkt 1: Godkendelse af dagsorden"),
      Parent: outlines,
      Dest: [pdf.getPage(0).ref, "Fit"],
    }),
  );
  context.assign(outlines, context.obj({ Type: "Outlines", First: entry, Last: entry, Count: 1 }));
  catalog.set(N("Outlines"), outlines);
  return pdf.save();
}

const title = (d: PDFDict) => d.lookup(N("Title"), PDFString, PDFHexString).decodeText();

/** The outline as nested titles, read back from the saved file. */
function outlineOf(pdf: PDFDocument, first = pdf.catalog.lookup(N("Outlines"), PDFDict)) {
  const entries: { title: string; page: number; children: string[] }[] = [];
  const pages = pdf.getPages().map((p) => p.ref.toString());
  let at = first.get(N("First")) as PDFRef | undefined;
  while (at) {
    const d = pdf.context.lookup(at, PDFDict);
    const dest = d.lookup(N("Dest"))?.toString() ?? "";
    const children = d.has(N("First")) ? outlineOf(pdf, d).map((c) => c.title) : [];
    const page = pages.findIndex((ref) => dest.startsWith(`[ ${ref}`)) + 1;
    entries.push({ title: title(d), page, children });
    at = d.get(N("Next")) as PDFRef | undefined;
  }
  return entries;
}

async function docx(): Promise<Uint8Array> {
  const paragraph = new Paragraph("WORDBILAG tekst om budgettet");
  return Packer.toBuffer(new Document({ sections: [{ children: [paragraph] }] }));
}

const libreOffice = findLibreOffice();

describe("buildAgendaPackage", () => {
  it("appends PDF attachments with bookmarks, keeps tags and outline, and notes what is left out", async () => {
    const items: PackageItem[] = [
      {
        heading: "Punkt 1: Godkendelse af dagsorden",
        attachments: [
          {
            name: "Budget.pdf",
            title: "Budget for Ærø og Åbenrå – 2026",
            mediaType: "application/pdf",
            bytes: await (await pdfWithPages("BILAGA", 2)).save(),
          },
          {
            name: "Ødelagt.pdf",
            title: "Ødelagt",
            mediaType: "application/pdf",
            bytes: new TextEncoder().encode("ikke en pdf"),
          },
        ],
      },
      { heading: "Punkt 2: Uden bilag", attachments: [] },
      {
        heading: "Punkt 3: Skoleplan",
        attachments: [
          {
            name: "Plan.pdf",
            title: "Plan",
            mediaType: null,
            bytes: await (await pdfWithPages("BILAGB", 3)).save(),
          },
          { name: "Notat.docx", title: "Notat.docx", mediaType: null, bytes: await docx() },
          { name: "Gammelt bilag", title: "Gammelt bilag", mediaType: null, bytes: null },
        ],
      },
    ];
    const result = await buildAgendaPackage(await taggedAgenda(), items);

    const info = await pdfInfo(result.pdf);
    expect(info.Pages).toBe("8");
    expect(info.Tagged).toBe("yes");
    const text = await pdfText(result.pdf);
    for (const s of ["DAGSORDENTEKST", "BILAGA side 2", "BILAGB side 1", "BILAGB side 3"]) {
      expect(text).toContain(s);
    }
    const pages = text.split("\f");
    expect(pages[1]).toContain("Bilag 1 til Punkt 1: Godkendelse af dagsorden");
    expect(pages[1]).toContain("Budget for Ærø og Åbenrå – 2026");
    expect(pages[2]).toContain("BILAGA side 1");
    expect(pages[4]).toContain("Bilag 1 til Punkt 3: Skoleplan");
    expect(pages[4]).toContain("Plan");
    expect(result.notes).toEqual([
      "Bilaget »Ødelagt« under Punkt 1: Godkendelse af dagsorden kunne ikke medtages: filen er ikke en gyldig PDF.",
      "Bilaget »Notat.docx« under Punkt 3: Skoleplan kunne ikke medtages: Word-filer kan ikke omdannes til PDF, fordi LibreOffice ikke er installeret.",
      "Bilaget »Gammelt bilag« under Punkt 3: Skoleplan kunne ikke medtages: filen mangler.",
    ]);

    const saved = await PDFDocument.load(result.pdf);
    expect(outlineOf(saved)).toEqual([
      { title: "Punkt 1: Godkendelse af dagsorden", page: 1, children: [] },
      {
        title: "Bilag til Punkt 1: Godkendelse af dagsorden",
        page: 2,
        children: ["Budget for Ærø og Åbenrå – 2026"],
      },
      { title: "Bilag til Punkt 3: Skoleplan", page: 5, children: ["Plan"] },
    ]);
    const root = saved.catalog.lookup(N("Outlines"), PDFDict);
    expect(root.lookup(N("Count"), PDFNumber).asNumber()).toBe(5);
  });

  it("sets separator pages with embedded fonts, printing titles beyond Western European letters", async () => {
    const title = "Aftale med Łódź ≥ 2 % – Çağlar Öztürk";
    const result = await buildAgendaPackage(await taggedAgenda(), [
      {
        heading: "Punkt 1: Venskabsbyer",
        attachments: [
          {
            name: "Aftale.pdf",
            title,
            mediaType: "application/pdf",
            bytes: await (await pdfWithPages("AFTALE", 1)).save(),
          },
        ],
      },
    ]);
    const pages = (await pdfText(result.pdf)).split("\f");
    expect(pages[1]).toContain("Bilag 1 til Punkt 1: Venskabsbyer");
    expect(pages[1]?.replace(/\s+/g, " ")).toContain(title);
    // Every font of the separator page is in the file (the test's own bilag uses Helvetica).
    const fonts = await pdfFonts(result.pdf);
    const separatorFonts = fonts.filter((f) => !/Helvetica/.test(f.name));
    expect(separatorFonts.length).toBeGreaterThan(0);
    expect(separatorFonts.every((f) => f.embedded)).toBe(true);
  });

  it("keeps a real agenda's title but drops its PDF/UA claim once untagged bilag follow", async () => {
    const doc = await seedDocument();
    const agenda = renderPdf(doc);
    const latin = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
    expect(latin(agenda)).toContain("pdfuaid");
    const result = await buildAgendaPackage(agenda, [
      {
        heading: "Punkt 1: Godkendelse af dagsorden",
        attachments: [
          {
            name: "Bilag.pdf",
            title: "Bilag",
            mediaType: "application/pdf",
            bytes: await (await pdfWithPages("BILAG", 2)).save(),
          },
        ],
      },
    ]);
    const info = await pdfInfo(result.pdf);
    expect(info.Title).toBe(doc.title);
    expect(Number(info.Pages)).toBe((await PDFDocument.load(agenda)).getPageCount() + 3);
    expect(latin(result.pdf)).not.toContain("pdfuaid");
  });

  it("notes an encrypted PDF and still makes a package without any outline to begin with", async () => {
    const locked = await pdfWithPages("HEMMELIG", 1);
    locked.context.trailerInfo.Encrypt = locked.context.register(
      locked.context.obj({ Filter: "Standard" }),
    );
    const plain = await (await pdfWithPages("AGENDA", 1)).save();
    const items = [
      {
        heading: "Punkt 4: Løn",
        attachments: [
          {
            name: "Låst.pdf",
            title: "Låst.pdf",
            mediaType: "application/pdf",
            bytes: await locked.save(),
          },
          {
            name: "Åben.pdf",
            title: "Åben",
            mediaType: "application/pdf",
            bytes: await (await pdfWithPages("ÅBEN", 1)).save(),
          },
        ],
      },
    ];
    const result = await buildAgendaPackage(plain, items);
    expect(result.notes).toEqual([
      "Bilaget »Låst.pdf« under Punkt 4: Løn kunne ikke medtages: PDF-filen er beskyttet med adgangskode.",
    ]);
    const saved = await PDFDocument.load(result.pdf);
    expect(saved.getPageCount()).toBe(3);
    expect(outlineOf(saved)).toEqual([
      { title: "Bilag til Punkt 4: Løn", page: 2, children: ["Åben"] },
    ]);
  });

  it.runIf(libreOffice)(
    "converts Word attachments with LibreOffice when asked to",
    async () => {
      const items = [
        {
          heading: "Punkt 5: Notat",
          attachments: [
            { name: "Notat.docx", title: "Notat.docx", mediaType: null, bytes: await docx() },
          ],
        },
      ];
      const result = await buildAgendaPackage(await taggedAgenda(), items, {
        convertDocx: (bytes, name) => convertToPdf(bytes, name),
      });
      expect(result.notes).toEqual([]);
      expect((await pdfInfo(result.pdf)).Pages).toBe("3");
      expect(await pdfText(result.pdf)).toContain("WORDBILAG tekst om budgettet");
      const saved = await PDFDocument.load(result.pdf);
      expect(outlineOf(saved)[1]).toEqual({
        title: "Bilag til Punkt 5: Notat",
        page: 2,
        children: ["Notat.docx"],
      });
    },
    180_000,
  );
});
