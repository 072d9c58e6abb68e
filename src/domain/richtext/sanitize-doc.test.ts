import { describe, expect, it } from "vitest";
import { RICH_TEXT_LIMITS, sanitizeDoc } from "./sanitize-doc.ts";

const p = (text: string, marks?: unknown[]) => ({
  type: "paragraph",
  content: [{ type: "text", text, ...(marks ? { marks } : {}) }],
});
const doc = (...content: unknown[]) => ({ type: "doc", content });

function ok(input: unknown) {
  const result = sanitizeDoc(input, "Sagsfremstilling");
  if (!result.ok) throw new Error(result.message);
  return result;
}

function refused(input: unknown): string {
  const result = sanitizeDoc(input, "Sagsfremstilling");
  if (result.ok) throw new Error("expected a refusal");
  return result.message;
}

describe("sanitizeDoc", () => {
  it("keeps headings, lists, tables with header rows, links and comment marks", () => {
    const input = doc(
      { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Baggrund" }] },
      {
        type: "orderedList",
        attrs: { start: 1 },
        content: [{ type: "listItem", content: [p("at sagen godkendes")] }],
      },
      {
        type: "table",
        content: [
          { type: "tableRow", content: [{ type: "tableHeader", content: [p("Område")] }] },
          { type: "tableRow", content: [{ type: "tableCell", content: [p("Skole")] }] },
        ],
      },
      p("Se", [{ type: "link", attrs: { href: "https://albertslund.dk" } }]),
      p("Kommentar", [{ type: "comment", attrs: { id: "c-1" } }]),
    );
    const result = ok(input);
    expect(result.doc).toEqual(input);
    expect(result.removed).toEqual([]);
    expect(result.text).toBe(
      "Baggrund\n\n1. at sagen godkendes\n\nOmråde\nSkole\n\nSe\n\nKommentar",
    );
  });

  it("drops scripts, iframes, images, inline styles, classes and event attributes", () => {
    const result = ok(
      doc(
        { type: "script", content: [{ type: "text", text: "alert(1)" }] },
        { type: "iframe", attrs: { src: "https://evil.example" } },
        {
          type: "paragraph",
          attrs: { style: "color:red", class: "x", onclick: "alert(1)" },
          content: [
            {
              type: "text",
              text: "Tekst",
              marks: [{ type: "textStyle", attrs: { color: "red" } }],
            },
            { type: "image", attrs: { src: "data:image/png;base64,AAAA" } },
          ],
        },
      ),
    );
    expect(result.doc).toEqual(doc(p("Tekst")));
    expect(result.removed).toEqual(["iframe", "image", "script", "textStyle"]);
  });

  it("keeps the text of links to anything but http, https and mailto, without the link", () => {
    const hrefs = ["javascript:alert(1)", "data:text/html,x", "vbscript:x", " JaVaScRiPt:x", "/x"];
    for (const href of hrefs) {
      expect(ok(doc(p("Klik", [{ type: "link", attrs: { href } }]))).doc).toEqual(doc(p("Klik")));
    }
    const mail = p("Skriv", [{ type: "link", attrs: { href: "mailto:a@b.dk", target: "_blank" } }]);
    expect(ok(doc(mail)).doc.content[0]?.content?.[0]?.marks).toEqual([
      { type: "link", attrs: { href: "mailto:a@b.dk" } },
    ]);
  });

  it("limits heading levels, wraps stray text and treats raw HTML as text, not markup", () => {
    const result = ok(
      doc(
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "A" }] },
        { type: "heading", attrs: { level: 6 }, content: [{ type: "text", text: "B" }] },
        { type: "text", text: "<script>alert(1)</script>" },
      ),
    );
    expect(result.doc.content.map((n) => n.attrs?.level ?? n.type)).toEqual([1, 2, "paragraph"]);
    expect(result.text).toContain("<script>alert(1)</script>");
  });

  it("refuses HTML strings and shapes that are not a document, naming the field", () => {
    expect(refused("<p>Hej</p>")).toMatch(/»Sagsfremstilling« kunne ikke læses/);
    expect(refused({ type: "doc", content: [{ type: 5 }] })).toMatch(/kunne ikke læses/);
    expect(refused(null)).toMatch(/kunne ikke læses/);
  });

  it("refuses a 200-page paste with the limit in Danish", () => {
    const page = "Ord ".repeat(700);
    const paragraphs = Array.from({ length: 200 }, () => p(page));
    expect(refused(doc(...paragraphs))).toMatch(/for langt \(560\.\d{3} tegn\)\. Højst 200\.000/);
  });

  it("refuses JSON over 2 MB and deep nesting without exhausting the stack", () => {
    const big = doc(p("x".repeat(50)), { type: "unknown", attrs: { pad: "x".repeat(2_200_000) } });
    expect(refused(big)).toMatch(/over 2 MB/);
    let nested: unknown = p("dybt");
    for (let i = 0; i < 5000; i++) {
      nested = { type: "bulletList", content: [{ type: "listItem", content: [nested] }] };
    }
    expect(refused(doc(nested))).toMatch(/for mange lister eller tabeller/);
  });

  it("refuses a 10 000-character word but allows long web addresses", () => {
    const word = "a".repeat(10_000);
    expect(refused(doc(p(`Et ${word} her`)))).toMatch(
      /ord på 10\.000 tegn, der begynder med »aaaaaaaaaaaaaaaaaaaa…«\. Et ord må højst være 100/,
    );
    const url = `https://intranet.example/sites/x/${"y".repeat(300)}`;
    expect(ok(doc(p(url))).text).toBe(url);
    expect(RICH_TEXT_LIMITS.maxWordLength).toBe(100);
  });

  it("replaces control characters and lone surrogates, and repairs list items and cells", () => {
    const result = ok(
      doc(
        p("a\u0000b\tc\ud800"),
        { type: "bulletList", content: [{ type: "listItem", content: [] }, p("løs")] },
        { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell" }] }] },
        { type: "table", content: [{ type: "tableRow", content: [] }] },
      ),
    );
    expect(result.text.split("\n\n")[0]).toBe("a b c\ufffd");
    const list = result.doc.content[1];
    expect(list?.content?.map((i) => i.content?.[0]?.type)).toEqual(["paragraph", "paragraph"]);
    expect(result.doc.content[2]?.content?.[0]?.content?.[0]?.content).toEqual([
      { type: "paragraph" },
    ]);
    expect(result.doc.content).toHaveLength(3);
  });
});
