import { describe, expect, it } from "vitest";
import type { PmDoc, PmMark } from "../../domain/richtext/doc.ts";
import { richDiff } from "../../domain/richtext/rich-diff.ts";
import { textToDoc } from "../../domain/richtext/text-to-doc.ts";
import { CaseRichText, RichDiffText, RichText } from "./rich-text.tsx";

const BOLD: PmMark = { type: "bold" };
const html = (doc: { type: string; content?: unknown[] }) => String(<RichText doc={doc} />);

describe("RichText", () => {
  it("renders recommendations as a real ordered list and tables with header cells", () => {
    const out = html(
      textToDoc(
        "Direktøren indstiller,\n1. at planen godkendes\n2. at der gives bevilling\n\nOmråde | Beløb\nSkole | 100",
      ),
    );
    expect(out).toContain("<p>Direktøren indstiller,</p><ol><li><p>at planen godkendes</p></li>");
    expect(out).toContain('<th scope="col"><p>Område</p></th>');
    expect(out).toContain("<td><p>Skole</p></td>");
  });

  it("escapes text and drops links that are not web or e-mail addresses", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "<script>alert(1)</script>" },
            {
              type: "text",
              text: "klik",
              marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
            {
              type: "text",
              text: "kommunen",
              marks: [{ type: "link", attrs: { href: "https://eksempel.dk" } }],
            },
          ],
        },
      ],
    };
    const out = html(doc);
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;");
    expect(out).not.toContain("javascript:");
    expect(out).toContain('<a href="https://eksempel.dk">kommunen</a>');
  });

  it("keeps headings inside a field below the section heading", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Tidsplan" }] },
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Foråret" }] },
      ],
    };
    const out = html(doc);
    expect(out).toBe("<h4>Tidsplan</h4><h5>Foråret</h5>");
    // On an item's own page the section label is an h2: the field's headings follow at h3.
    const own = String(<RichText doc={doc} firstHeading={3} />);
    expect(own).toBe("<h3>Tidsplan</h3><h4>Foråret</h4>");
  });

  it("puts a field's first heading one level below the section, whichever button made it", () => {
    const heading = (level: number, text: string) => ({
      type: "heading",
      attrs: { level },
      content: [{ type: "text", text }],
    });
    const doc = { type: "doc", content: [heading(2, "Baggrund"), heading(2, "Vurdering")] };
    expect(html(doc)).toBe("<h4>Baggrund</h4><h4>Vurdering</h4>");
    expect(String(<CaseRichText doc={doc} />)).toBe("<h3>Baggrund</h3><h3>Vurdering</h3>");
    const mixed = { type: "doc", content: [heading(1, "A"), heading(2, "B"), heading(2, "C")] };
    expect(html(mixed)).toBe("<h4>A</h4><h5>B</h5><h5>C</h5>");
  });

  it("marks changes inside headings, list items and table cells, named for screen readers", () => {
    const text = (t: string) => [{ type: "paragraph", content: [{ type: "text", text: t }] }];
    const doc = (heading: string, item: string, cell: string) => ({
      type: "doc" as const,
      content: [
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: heading }] },
        {
          type: "orderedList",
          attrs: { start: 1 },
          content: [{ type: "listItem", content: text(item) }],
        },
        {
          type: "table",
          content: [{ type: "tableRow", content: [{ type: "tableCell", content: text(cell) }] }],
        },
      ],
    });
    const diff = richDiff(
      doc("Baggrund", "at planen godkendes", "Skole"),
      doc("Baggrund og mål", "at planen, godkendes", "Skoler"),
    );
    const out = String(<RichDiffText doc={diff.doc} firstHeading={3} />);
    const ins = (t: string) =>
      `<ins><span class="visually-hidden">Indsat: </span>${t}<span class="visually-hidden"> </span></ins>`;
    expect(out).toContain(`<h3>Baggrund${ins(" og mål")}</h3>`);
    expect(out).toContain(`<ol><li><p>at planen${ins(",")} godkendes</p></li></ol>`);
    expect(out).toContain(`<td><p>Skole${ins("r")}</p></td>`);
  });

  it("frames a header row and a heading level changed, and shows bold text made bold", () => {
    const cell = (type: string, t: string) => ({
      type,
      content: [{ type: "paragraph", content: [{ type: "text", text: t }] }],
    });
    const doc = (cells: string, level: number, bold: boolean): PmDoc => ({
      type: "doc",
      content: [
        { type: "heading", attrs: { level }, content: [{ type: "text", text: "Økonomi" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Beløbet er " },
            { type: "text", text: "2,5 mio. kr.", ...(bold ? { marks: [BOLD] } : {}) },
          ],
        },
        {
          type: "table",
          content: [
            { type: "tableRow", content: [cell(cells, "Område"), cell(cells, "Beløb")] },
            { type: "tableRow", content: [cell("tableCell", "Skoler"), cell("tableCell", "3")] },
          ],
        },
      ],
    });
    const diff = richDiff(doc("tableCell", 1, false), doc("tableHeader", 2, true));
    expect(diff.changes).toBe(4);
    // Outlined, the heading stays the first level of its field; its change of level is told.
    const out = String(<RichDiffText doc={diff.doc} firstHeading={3} />);
    const restyled = '<span class="visually-hidden">Formatering ændret: </span>';
    expect(out).toContain(`<h3 class="diff-restyled">${restyled}Økonomi</h3>`);
    expect(out).toContain(`<th scope="col" class="diff-restyled">${restyled}<p>Område</p></th>`);
    expect(out).toContain(`<th scope="col" class="diff-restyled">${restyled}<p>Beløb</p></th>`);
    // Text made bold is the same text in a new form: framed, not deleted and written again.
    expect(out).toContain(
      `<p class="diff-restyled">${restyled}Beløbet er <strong>2,5 mio. kr.</strong></p>`,
    );
    expect(out).not.toContain("<del>");
    expect(out).not.toContain("<ins>");
  });

  it("escapes deleted and inserted text", () => {
    const doc = (t: string) => ({
      type: "doc" as const,
      content: [{ type: "paragraph", content: [{ type: "text", text: t }] }],
    });
    const out = String(<RichDiffText doc={richDiff(doc("<b>x</b>"), doc("<i>y</i>")).doc} />);
    expect(out).not.toContain("<b>");
    expect(out).not.toContain("<i>");
    expect(out).toContain("<del>");
  });
});
