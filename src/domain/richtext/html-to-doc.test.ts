import { describe, expect, it } from "vitest";
import { docToText } from "./doc-to-text.ts";
import { htmlToDoc } from "./html-to-doc.ts";

describe("htmlToDoc", () => {
  it("keeps paragraphs, headings and marks", () => {
    const doc = htmlToDoc(
      "<h2>Økonomi</h2><p>Det koster <strong>5 mio.</strong> <em>kr.</em> og <a href='https://albertslund.dk'>kommunens side</a>.</p>",
    );
    expect(doc.content).toEqual([
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Økonomi" }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Det koster " },
          { type: "text", text: "5 mio.", marks: [{ type: "bold" }] },
          { type: "text", text: " " },
          { type: "text", text: "kr.", marks: [{ type: "italic" }] },
          { type: "text", text: " og " },
          {
            type: "text",
            text: "kommunens side",
            marks: [{ type: "link", attrs: { href: "https://albertslund.dk" } }],
          },
          { type: "text", text: "." },
        ],
      },
    ]);
  });

  it("drops scripts, styles, frames and event handlers but keeps the text around them", () => {
    const doc = htmlToDoc(
      `<div onclick="steal()"><style>p{color:red}</style><p style="color:red" onmouseover="x()">Tekst<script>alert(1)</script> bliver</p><iframe src="https://evil"></iframe><span>tilbage</span></div>`,
    );
    expect(JSON.stringify(doc)).not.toMatch(/steal|alert|color|evil|onmouseover|style/);
    expect(docToText(doc)).toBe("Tekst bliver\n\ntilbage");
  });

  it("keeps only web and mail links; a javascript: link becomes plain text", () => {
    const doc = htmlToDoc(
      `<p><a href="javascript:alert(1)">klik</a> <a href="mailto:a@b.dk">skriv</a></p>`,
    );
    const [klik, skriv] = doc.content[0]?.content ?? [];
    expect(klik).toEqual({ type: "text", text: "klik " });
    expect(skriv?.marks).toEqual([{ type: "link", attrs: { href: "mailto:a@b.dk" } }]);
  });

  it("reads nested lists, line breaks and a numbered list's start", () => {
    const doc = htmlToDoc(
      `<ol start="3"><li>at <b>a</b><ul><li><p>b</p></li></ul></li><li>c<br>d</li></ol>`,
    );
    expect(docToText(doc)).toBe("3. at a\n - b\n4. c\nd");
    expect(doc.content[0]?.attrs).toEqual({ start: 3 });
  });

  it("reads tables with header cells, spans and empty cells", () => {
    const doc = htmlToDoc(
      `<table><thead><tr><th>Område</th><th>Beløb</th></tr></thead><tbody><tr><td colspan="2"></td></tr></tbody></table>`,
    );
    const [head, body] = doc.content[0]?.content ?? [];
    expect(head?.content?.map((c) => c.type)).toEqual(["tableHeader", "tableHeader"]);
    expect(body?.content?.[0]).toEqual({
      type: "tableCell",
      attrs: { colspan: 2, rowspan: 1 },
      content: [{ type: "paragraph" }],
    });
  });

  it("lifts images out of paragraphs and keeps their alt text (or its absence)", () => {
    const doc = htmlToDoc(
      `<p>Før<img src="https://x.dk/a.png" alt="Kort over byen">efter<img src="data:image/png;base64,AAAA"><img src="javascript:x"></p>`,
    );
    expect(doc.content.map((n) => [n.type, n.attrs?.alt])).toEqual([
      ["paragraph", undefined],
      ["image", "Kort over byen"],
      ["paragraph", undefined],
      ["image", null],
    ]);
  });

  it("keeps an empty heading so that the writing check can point at it", () => {
    expect(htmlToDoc("<h3> </h3>").content).toEqual([{ type: "heading", attrs: { level: 3 } }]);
  });

  it("reads a whole page: the document type and the head are not text", () => {
    const html = `<!DOCTYPE html><html><head><title>Titel</title></head><body><p>Brødtekst</p></body></html>`;
    expect(docToText(htmlToDoc(html))).toBe("Brødtekst");
  });

  it("collapses white space as a browser does", () => {
    expect(docToText(htmlToDoc("<p>\n  Et   afsnit\n  over linjer \n</p>"))).toBe(
      "Et afsnit over linjer",
    );
  });
});
