import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PmDoc, PmMark, PmNode } from "../richtext/doc.ts";
import { checkAccessibility } from "./check-accessibility.ts";

const text = (t: string, ...marks: PmMark[]): PmNode =>
  marks.length ? { type: "text", text: t, marks } : { type: "text", text: t };
const p = (...content: PmNode[]): PmNode => ({ type: "paragraph", content });
const h = (level: number, t = ""): PmNode =>
  t
    ? { type: "heading", attrs: { level }, content: [text(t)] }
    : { type: "heading", attrs: { level } };
const bold: PmMark = { type: "bold" };
const italic: PmMark = { type: "italic" };
const link = (href: string): PmMark => ({ type: "link", attrs: { href } });
const cell = (type: string, t: string): PmNode => ({ type, content: [p(text(t))] });
const doc = (...content: PmNode[]): PmDoc => ({ type: "doc", content });
const rules = (d: PmDoc) => checkAccessibility(d).map((f) => [f.rule, f.path]);

describe("checkAccessibility", () => {
  it("finds a whole short paragraph in bold or italic followed by text: a fake heading", () => {
    const findings = checkAccessibility(
      doc(
        p(text("Sagsfremstilling", bold)),
        p(text("Kommunen har modtaget en ansøgning.")),
        p(text("Økonomi", italic), text(" ")),
        p(text("Ingen udgifter.")),
        p(text("Hele dette afsnit er fed, men det er en sætning.", bold)),
        p(text("Mere tekst.")),
        p(text("Kun "), text("delvis", bold), text(" fed")),
        p(text("Sidste afsnit i fed", bold)),
      ),
    );
    expect(findings.map((f) => [f.rule, f.path])).toEqual([
      ["fake-heading", [0]],
      ["fake-heading", [2]],
    ]);
    expect(findings[0]?.message).toContain("“Sagsfremstilling” ligner en overskrift");
  });

  it("finds skipped and empty headings; a field's first heading is level 1", () => {
    expect(rules(doc(h(1, "Baggrund"), h(2, "Tal"), h(4, "Detaljer"), h(2, "Mere"), h(3)))).toEqual(
      [
        ["skipped-heading-level", [2]],
        ["empty-heading", [4]],
      ],
    );
    expect(rules(doc(h(2, "Baggrund")))).toEqual([["skipped-heading-level", [0]]]);
  });

  it("says which heading to use by the editor's names, never by level numbers", () => {
    const [first] = checkAccessibility(doc(h(2, "Baggrund")));
    expect(first?.message).toBe(
      "Brug »Overskrift« før »Underoverskrift«. Gør overskriften til »Overskrift«, eller indsæt en »Overskrift« over den, så opbygningen hænger sammen.",
    );
    const [deeper] = checkAccessibility(doc(h(1, "A"), h(3, "B")));
    expect(deeper?.message).toMatch(/^Brug »Underoverskrift« før »Overskrift 3«\./);
  });

  it("never mentions »niveau« in a heading message, whatever the levels (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 12 }), (levels) => {
        const findings = checkAccessibility(doc(...levels.map((l, i) => h(l, `Afsnit ${i}`))));
        for (const f of findings) {
          expect(f.message).not.toMatch(/niveau 0/);
          expect(f.message).not.toMatch(/niveau/i);
        }
      }),
    );
  });

  it("finds images without alternative text", () => {
    const image = (alt?: string): PmNode => ({
      type: "image",
      attrs: { src: "https://x.dk/kort.png", alt },
    });
    expect(rules(doc(image("Kort over Vridsløse"), image(), image("  ")))).toEqual([
      ["image-alt", [1]],
      ["image-alt", [2]],
    ]);
  });

  it("finds links that say 'her', 'læs mere' or show an address with a path, not a domain", () => {
    const findings = checkAccessibility(
      doc(
        p(text("Se referatet "), text("her", link("https://a.dk/r")), text(".")),
        p(
          text("Klik her", link("https://a.dk")),
          text(" eller "),
          text("https://a.dk/plan", link("https://a.dk/plan")),
        ),
        p(text("Læs kommunens budget 2026", link("https://a.dk/budget"))),
        p(
          text("www.albertslund.dk", link("https://www.albertslund.dk")),
          text(" og "),
          text("post@albertslund.dk", link("mailto:post@albertslund.dk")),
          text(" og "),
          text("https://borger.dk/", link("https://borger.dk/")),
        ),
      ),
    );
    expect(findings.map((f) => [f.rule, f.path, f.offset])).toEqual([
      ["link-text", [0], 13],
      ["link-text", [1], 0],
      ["link-text", [1], 15], // after "Klik her eller "
    ]);
  });

  it("finds tables without a header row (or header column)", () => {
    const row = (...cells: PmNode[]): PmNode => ({ type: "tableRow", content: cells });
    const table = (...rows: PmNode[]): PmNode => ({ type: "table", content: rows });
    expect(
      rules(
        doc(
          table(
            row(cell("tableHeader", "Område"), cell("tableHeader", "Beløb")),
            row(cell("tableCell", "Skole"), cell("tableCell", "100")),
          ),
          table(
            row(cell("tableCell", "Område"), cell("tableCell", "Beløb")),
            row(cell("tableCell", "Skole"), cell("tableCell", "100")),
          ),
          table(
            row(cell("tableHeader", "Skole"), cell("tableCell", "100")),
            row(cell("tableHeader", "Ældre"), cell("tableCell", "200")),
          ),
        ),
      ),
    ).toEqual([["table-header", [1]]]);
  });
});
