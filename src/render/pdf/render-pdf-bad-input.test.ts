import { describe, expect, it } from "vitest";
import { hasPoppler, pdfInfo, pdfText } from "../../../test/poppler.ts";
import type { DocumentItem, MeetingDocument } from "../../domain/document/document.ts";
import { textToDoc } from "../../domain/richtext/text-to-doc.ts";
import { renderPdf } from "./render-pdf.ts";

const poppler = hasPoppler();

const document = (items: DocumentItem[]): MeetingDocument => ({
  variant: "internal",
  kind: "minutes",
  title: "Referat: Økonomiudvalget 3. maj 2026",
  organisationName: "Eksempel Kommune",
  committeeName: "Økonomiudvalget",
  facts: [{ label: "Mødested", value: "Rådhuset" }],
  items,
});

const item = (number: number, text: string): DocumentItem => ({
  anchor: `punkt-${number}`,
  number,
  heading: `Punkt ${number}: Sag nummer ${number}`,
  journalNumber: "00.01.00-A00-1-26",
  closed: false,
  closedNote: null,
  sections: [{ kind: "field", heading: "Sagsfremstilling", note: null, doc: textToDoc(text) }],
  attachments: [],
});

describe.skipIf(!poppler)("PDF of unusual content", () => {
  it("prints markup characters and text outside Latin-1 as written", async () => {
    const tricky =
      'Budget ≥ 5 mio. kr. → 2027; αβγ ΔΣΩ; 😀; #let x = 1; $a$ *b* _c_ @ref <l> \\ "q" `code` ] [';
    const pdf = renderPdf(document([item(1, tricky)]));
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    expect(text).toContain("Budget ≥ 5 mio. kr. → 2027; αβγ ΔΣΩ;");
    expect(text).toContain('#let x = 1; $a$ *b* _c_ @ref <l> \\ "q" `code` ] [');
  });

  it("renders lists whose start number is absurd instead of failing", async () => {
    const doc = document([item(1, "")]);
    const section = doc.items[0]?.sections[0];
    if (!section) throw new Error("no section");
    section.doc = {
      type: "doc",
      content: [1e20, -5, Number.NaN].map((start) => ({
        type: "orderedList",
        attrs: { start },
        content: [
          {
            type: "listItem",
            content: [{ type: "paragraph", content: [{ type: "text", text: `start ${start}` }] }],
          },
        ],
      })),
    };
    const text = (await pdfText(renderPdf(doc))).replace(/\s+/g, " ");
    expect(text).toContain("999999. start 100000000000000000000");
    expect(text).toContain("0. start -5");
    expect(text).toContain("1. start NaN");
  });

  it("renders a 300-page section to the end", async () => {
    const paragraph =
      "Udvalget drøftede sagen om budgettet for de kommende år og de mange forslag. ".repeat(8);
    const last = "Dette er sidste afsnit af den lange sagsfremstilling.";
    const pdf = renderPdf(
      document([item(1, `${Array(2200).fill(paragraph).join("\n\n")}\n\n${last}`)]),
    );
    expect(Number((await pdfInfo(pdf)).Pages)).toBeGreaterThanOrEqual(300);
    expect((await pdfText(pdf)).replace(/\s+/g, " ")).toContain(last);
  }, 60_000);

  it("renders 2 000 items, each listed in the table of contents", async () => {
    const items = Array.from({ length: 2000 }, (_, i) => item(i + 1, "Godkendt."));
    const text = await pdfText(renderPdf(document(items)));
    expect(text).toContain("Punkt 2000: Sag nummer 2000");
    expect(text.match(/Punkt 1999: Sag nummer 1999/g)).toHaveLength(2);
  }, 60_000);
});
