import { describe, expect, it } from "vitest";
import { seedDocument } from "../../../test/fixtures/render/docx-document.ts";
import { hasPoppler, pdfInfo, pdfStructure, pdfText } from "../../../test/poppler.ts";
import { convertToPdf, findLibreOffice } from "../libreoffice.ts";
import { renderDocx } from "./render-docx.ts";

const office = findLibreOffice();
const inCi = process.env.CI === "true";
if (!office && !inCi) {
  console.warn(
    "\n*** LibreOffice er ikke installeret: tjekket af DOCX som tagget PDF springes over ***\n",
  );
}

/** Element names of `pdfinfo -struct`, one per line: "  H2 (block):" -> "H2". */
const elements = (structure: string) =>
  structure.split("\n").map((line) => /^\s*([A-Za-z][A-Za-z0-9]*)\b/.exec(line)?.[1] ?? "");

/** Text without spaces and hyphens: pdftotext joins wrapped lines and drops a hyphen at a line end. */
const flat = (text: string) => text.replace(/[\s-]+/g, "");

describe("the Word document opened in LibreOffice", () => {
  it.skipIf(!office && !inCi)(
    "exports to a tagged PDF whose headings are H1 and H2 and whose text has every item",
    async () => {
      if (!office) throw new Error("LibreOffice mangler i CI");
      if (!hasPoppler()) return;
      const doc = await seedDocument();
      const pdf = await convertToPdf(await renderDocx(doc), "referat.docx");

      const info = await pdfInfo(pdf);
      expect(info.Tagged).toBe("yes");
      expect(info.Title).toBe(doc.title);

      const tags = elements(await pdfStructure(pdf));
      expect(tags.filter((t) => t === "H1")).toHaveLength(1);
      expect(tags.filter((t) => t === "H2")).toHaveLength(doc.items.length);
      expect(tags).toContain("H3");
      expect(tags).toContain("TOC");
      expect(tags).toContain("Table");

      const text = flat(await pdfText(pdf));
      for (const item of doc.items) {
        // Once in the table of contents, once as the item's heading.
        expect(text.split(flat(item.heading)).length - 1).toBeGreaterThanOrEqual(2);
      }
      expect(text).toContain(flat(`Side 1 af ${info.Pages}`));
      // Each item starts a page of its own, under the running header.
      const pageStarts = (await pdfText(pdf)).split("\f").map(flat);
      for (const item of doc.items) {
        const starting = pageStarts.filter((page) =>
          page
            .replace(flat(`${doc.organisationName} – ${doc.committeeName}`), "")
            .startsWith(flat(item.heading)),
        );
        expect(starting).toHaveLength(1);
      }
    },
    120_000,
  );

  it.skipIf(!office && !inCi)(
    "sizes a wide table's columns by their text, so no word is broken across lines",
    async () => {
      if (!office) throw new Error("LibreOffice mangler i CI");
      if (!hasPoppler()) return;
      const doc = await seedDocument();
      const cell = (type: string, text: string) => ({
        type,
        content: [{ type: "paragraph", content: [{ type: "text", text }] }],
      });
      const head = ["Skole", "Adresse", "Beløb", "Tidsplan", "Bemærkning", "Status"];
      const rows = Array.from({ length: 8 }, (_, i) => [
        `Skole nr. ${10 + i}`,
        `Vestervej ${i + 1}, 2620 Albertslund`,
        "399.000 kr.",
        "Marts 2027",
        "Afventer trafikvurdering fra politiet",
        "Godkendt",
      ]);
      const table = {
        type: "table",
        content: [
          { type: "tableRow", content: head.map((t) => cell("tableHeader", t)) },
          ...rows.map((r) => ({ type: "tableRow", content: r.map((t) => cell("tableCell", t)) })),
        ],
      };
      const [first] = doc.items;
      if (!first) throw new Error("no item");
      const wide = {
        ...doc,
        items: [
          {
            ...first,
            sections: [
              {
                kind: "field" as const,
                heading: "Skoler",
                note: null,
                doc: { type: "doc", content: [table] },
              },
            ],
          },
        ],
      };
      const pdf = await convertToPdf(await renderDocx(wide as typeof doc), "tabel.docx");
      // Every word of the table whole on some line: a narrow column would break »Godkendt«.
      const lines = (await pdfText(pdf)).split("\n");
      const words = new Set([...head, ...rows.flat()].flatMap((t) => t.split(" ")));
      for (const word of words) {
        expect(
          lines.some((l) => l.split(/\s+/).includes(word)),
          word,
        ).toBe(true);
      }
    },
    120_000,
  );
});
