import { describe, expect, it } from "vitest";
import {
  docxToHtml,
  seedDocument,
  textsOf,
  UNICODE_TEXT,
} from "../../../test/fixtures/render/docx-document.ts";
import type { MeetingDocument } from "../../domain/document/document.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { renderDocx } from "./render-docx.ts";

const m = webMessages.meeting;

async function rendered(): Promise<{ doc: MeetingDocument; html: string }> {
  const doc = await seedDocument();
  return { doc, html: await docxToHtml(await renderDocx(doc)) };
}

describe("the minutes as a Word document", () => {
  it("has the title as the one heading 1, each item as heading 2 and each section as heading 3", async () => {
    const { doc, html } = await rendered();
    expect(textsOf(html, "h1")).toEqual([doc.title]);
    expect(textsOf(html, "h2")).toEqual(doc.items.map((i) => i.heading));
    expect(textsOf(html, "h3")).toEqual(
      doc.items.flatMap((i) => [
        ...i.sections.map((s) => s.heading),
        ...(i.attachments.length > 0 ? [m.attachments] : []),
      ]),
    );
    expect(textsOf(html, "h4")).toContain("Økonomi");
  });

  it("lists the recommendations as a numbered list and the attachments under Bilag", async () => {
    const { doc, html } = await rendered();
    const ordered = textsOf(html, "ol").join(" ");
    expect(ordered).toContain("at dagsordenen godkendes");
    const names = doc.items.flatMap((i) => i.attachments.map((a) => a.name));
    expect(names.length).toBeGreaterThan(0);
    const bullets = textsOf(html, "ul").join(" ");
    for (const name of names) expect(bullets).toContain(name);
  });

  it("keeps a bullet list with a numbered list inside it", async () => {
    const { html } = await rendered();
    expect(html).toMatch(/<ul><li>Første punkt<ol><li>Under<\/li><\/ol><\/li><\/ul>/);
  });

  it("shows a table with its first row as header cells", async () => {
    const { html } = await rendered();
    expect(html).toMatch(
      /<table><thead><tr><th>.*?Konto.*?<\/th><th>.*?Beløb.*?<\/th><\/tr><\/thead>/,
    );
    expect(textsOf(html, "td")).toEqual(["Drift", "1.000 kr."]);
  });

  it("keeps characters outside Latin-1 as they are", async () => {
    const { doc, html } = await rendered();
    expect(html).toContain(`Grænsen er ${UNICODE_TEXT} i år.`);
    expect(textsOf(html, "h2").at(-1)).toBe(doc.items.at(-1)?.heading);
  });

  it("links web addresses and leaves other link targets as plain text", async () => {
    const { html } = await rendered();
    expect(html).toContain('<a href="https://albertslund.dk">Læs mere</a>');
    expect(html).not.toContain("javascript:");
    expect(html).toContain("klik her");
  });

  it("shows the meeting facts and the journal number with their labels", async () => {
    const { doc, html } = await rendered();
    const paragraphs = textsOf(html, "p");
    for (const fact of doc.facts) expect(paragraphs).toContain(`${fact.label}\t${fact.value}`);
    const journal = doc.items[0]?.journalNumber;
    expect(paragraphs).toContain(`${m.journalNumber}\t${journal}`);
  });

  it("has a table of contents titled Indholdsfortegnelse with an entry per item", async () => {
    const { doc, html } = await rendered();
    const paragraphs = textsOf(html, "p").map((p) => p.trim());
    const at = paragraphs.indexOf("Indholdsfortegnelse");
    expect(at).toBeGreaterThan(-1);
    // The items, as in the PDF's table of contents; not the document's own title.
    const entries = paragraphs.slice(at + 1, at + 1 + doc.items.length);
    expect(entries).toEqual(doc.items.map((i) => i.heading));
    expect(paragraphs.slice(at + 1)).not.toContain(doc.title);
  });

  it("says so when the agenda has no items", async () => {
    const doc = { ...(await seedDocument()), items: [] };
    const html = await docxToHtml(await renderDocx(doc));
    expect(textsOf(html, "p")).toContain(m.noItems);
    expect(html).not.toContain("Indholdsfortegnelse");
  });
});
