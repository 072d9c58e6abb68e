import { Document, Packer, Paragraph } from "docx";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { checkAttachmentFile, cleanFileName } from "./check-attachment-file.ts";

const pdf = async () => {
  const doc = await PDFDocument.create();
  doc.addPage();
  return doc.save();
};
const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(120).fill(0)]);
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...new Array(120).fill(0)]);

describe("checkAttachmentFile", () => {
  it("takes the media type from the content", async () => {
    expect(await checkAttachmentFile("Budget 2026.PDF", await pdf())).toEqual({
      ok: true,
      name: "Budget 2026.PDF",
      mediaType: "application/pdf",
    });
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph("x")] }] }),
    );
    expect(await checkAttachmentFile("Notat.docx", docx)).toMatchObject({
      ok: true,
      mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
  });

  it("gives a name without an extension the one of its content", async () => {
    expect(await checkAttachmentFile("Referat 12.03.2025", await pdf())).toMatchObject({
      ok: true,
      name: "Referat 12.03.2025.pdf",
    });
  });

  it("refuses a name that lies about the content, in Danish", async () => {
    for (const [name, bytes, actual] of [
      ["foo.pdf", zip, "ZIP"],
      ["foo.pdf", elf, "ELF"],
    ] as const) {
      const result = await checkAttachmentFile(name, bytes);
      expect(result).toEqual({
        ok: false,
        message: `Filen »foo.pdf« har en filendelse, der ikke passer til indholdet, som er af typen ${actual}. Gem filen i det rigtige format, og prøv igen.`,
      });
    }
    expect(await checkAttachmentFile("billede.png", await pdf())).toMatchObject({ ok: false });
  });

  it("refuses types that are not allowed and empty files", async () => {
    const text = new TextEncoder().encode("bare tekst");
    expect(await checkAttachmentFile("noter.txt", text)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Filtypen er ikke tilladt"),
    });
    expect(await checkAttachmentFile("program.exe", elf)).toMatchObject({ ok: false });
    expect(await checkAttachmentFile("tom.pdf", new Uint8Array())).toEqual({
      ok: false,
      message: "Filen er tom.",
    });
  });
});

describe("cleanFileName", () => {
  it("keeps only the file's own name, without folders or control characters", () => {
    expect(cleanFileName("C:\\fakepath\\Bilag 1.pdf")).toBe("Bilag 1.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("Bilag\u0000\n  2.pdf")).toBe("Bilag 2.pdf");
    expect(cleanFileName(`${"x".repeat(300)}.pdf`)).toBe(`${"x".repeat(196)}.pdf`);
  });
});
