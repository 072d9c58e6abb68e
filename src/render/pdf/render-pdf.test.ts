import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasPoppler, pdfInfo, pdfMetadata, pdfStructure, pdfText } from "../../../test/poppler.ts";
import { buildDocument, internalDocument } from "../../domain/document/build-document.ts";
import { meetingFromParsed } from "../../domain/document/meeting-from-parsed.ts";
import type { PmNode } from "../../domain/richtext/doc.ts";
import { parseLegacyBuffer, readLegacyFile } from "../../import/read-legacy-file.ts";
import { parseMinutesText } from "../../import/text/parse-minutes.ts";
import { renderPdf } from "./render-pdf.ts";

const SEEDS = ["000_071358dfb169713c", "003_7dbc04d3acd88369", "004_de1d4206ea756d9c"];
const seedPath = (name: string) =>
  new URL(`../../../../shared/seeds/${name}.txt`, import.meta.url).pathname;
const poppler = hasPoppler();
const flat = (text: string) => text.replace(/\s+/g, " ");

const CLOSED_MINUTES = readFileSync(
  new URL("../../../test/fixtures/render/closed-minutes.txt", import.meta.url),
  "utf8",
);

describe.skipIf(!poppler)("PDF of agendas and minutes", () => {
  it.each(SEEDS)(
    "seed %s: tagged PDF/UA-1 in Danish with every title, journal number and decision, and it imports back the same",
    async (seed) => {
      const parsed = await readLegacyFile(seedPath(seed));
      const doc = buildDocument(meetingFromParsed(parsed, "Albertslund Kommune"), "public");
      if (!doc) throw new Error("no public document");
      const pdf = renderPdf(doc);

      const info = await pdfInfo(pdf);
      expect(info.Tagged).toBe("yes");
      expect(info.Title).toBe(doc.title);
      expect(info["Page size"]).toContain("(A4)");
      const xmp = await pdfMetadata(pdf);
      expect(xmp).toContain("<pdfuaid:part>1</pdfuaid:part>");
      expect(xmp).toContain("<rdf:li>da-DK</rdf:li>");

      const text = flat(await pdfText(pdf));
      const pages = Number(info.Pages);
      expect(text).toContain(`Side ${pages} af ${pages}`);
      expect(text).toContain("Indholdsfortegnelse");
      // Each item starts a page of its own, under the running header. pdftotext drops a hyphen
      // where a line breaks after it, so spaces and hyphens are left out of the comparison.
      const bare = (text: string) => text.replace(/[\s-]+/g, "");
      const header = bare(`${doc.organisationName}${doc.committeeName}`);
      const pageStarts = (await pdfText(pdf))
        .split("\f")
        .map(bare)
        .map((page) => (page.startsWith(header) ? page.slice(header.length) : page));
      for (const item of doc.items) {
        expect(pageStarts.filter((page) => page.startsWith(bare(item.heading)))).toHaveLength(1);
      }
      for (const item of parsed.items) {
        expect(text).toContain(item.title);
        if (item.journalNumber) expect(text).toContain(item.journalNumber);
        if (item.decision) expect(text).toContain(flat(item.decision).slice(0, 60));
      }

      const back = await parseLegacyBuffer(Buffer.from(pdf), `${seed}.pdf`);
      expect(back.meeting).toMatchObject({
        committee: parsed.meeting.committee,
        date: parsed.meeting.date,
        startTime: parsed.meeting.startTime,
        location: parsed.meeting.location,
      });
      const shape = (p: typeof parsed) =>
        p.items.map((i) => ({
          number: i.number,
          title: i.title,
          journalNumber: i.journalNumber,
          headings: i.sections.map((s) => s.heading),
        }));
      expect(shape(back)).toEqual(shape(parsed));
    },
  );

  it("tags the title as H1, items as H2 and sections as H3, with a table of contents", async () => {
    const parsed = await readLegacyFile(seedPath("004_de1d4206ea756d9c"));
    const pdf = renderPdf(internalDocument(meetingFromParsed(parsed)));
    const tree = await pdfStructure(pdf);
    expect(tree.match(/^\s*H1 /gm)).toHaveLength(1);
    expect(tree).toContain('H2 "Punkt 1: Godkendelse af dagsorden og referat"');
    expect(tree).toContain('H3 "Beslutning"');
    expect(tree).toContain("TOCI");
    expect(tree).toMatch(/^\s*L\b/m);
  });

  it("tags bullet lists as lists, a nested one inside its item, each bullet as the label", async () => {
    const li = (text: string, ...lists: PmNode[]): PmNode => ({
      type: "listItem",
      content: [{ type: "paragraph", content: [{ type: "text", text }] }, ...lists],
    });
    const bullets = (...items: PmNode[]): PmNode => ({ type: "bulletList", content: items });
    const parsed = await readLegacyFile(seedPath("000_071358dfb169713c"));
    const doc = internalDocument(meetingFromParsed(parsed));
    const [item] = doc.items;
    if (!item) throw new Error("no item");
    item.sections = [
      {
        kind: "field",
        heading: "Sagsfremstilling",
        note: null,
        doc: {
          type: "doc",
          content: [bullets(li("Budgettet", bullets(li("Drift"))), li("Anlæg"))],
        },
      },
    ];
    const pdf = renderPdf({ ...doc, items: [{ ...item, attachments: [] }] });
    const tree = await pdfStructure(pdf);
    const count = (tag: string) => tree.match(new RegExp(`^\\s*${tag} `, "gm"))?.length ?? 0;
    const lists = [...tree.matchAll(/^( *)L \(block\)/gm)].map((m) => m[1]?.length ?? 0);
    expect(lists).toHaveLength(2);
    expect(lists[1]).toBeGreaterThan(lists[0] ?? 0);
    expect(count("LI")).toBe(count("Lbl"));
    expect(count("LI")).toBe(count("LBody"));
    const text = flat(await pdfText(pdf));
    expect(text).toContain("• Budgettet ‣ Drift • Anlæg");
  });

  it("public PDF of a closed item: title, reason and open decision, none of its content", async () => {
    const meeting = meetingFromParsed(parseMinutesText(CLOSED_MINUTES, "lukket.txt"));
    const publicDoc = buildDocument(meeting, "public");
    if (!publicDoc) throw new Error("no public document");
    const text = flat(await pdfText(renderPdf(publicDoc)));
    expect(text).toContain("Salg af grund på Vestvej");
    expect(text).toContain("Lukket punkt");
    expect(text).toContain("Sagen vedrører forhandlinger om salg af fast ejendom.");
    expect(text).toContain("Salget blev godkendt.");
    expect(text).not.toContain("FORTROLIGT-DEMO-7F3A");
    expect(text).not.toContain("12 mio. kr.");
    expect(text).not.toContain("82.06.02-G00-4-25");

    const internal = flat(await pdfText(renderPdf(internalDocument(meeting))));
    expect(internal).toContain("FORTROLIGT-DEMO-7F3A");
    expect(internal).toContain("Lukket punkt – må ikke offentliggøres");
  });
});
