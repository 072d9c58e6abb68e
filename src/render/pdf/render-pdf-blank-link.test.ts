import { describe, expect, it } from "vitest";
import type { MeetingDocument } from "../../domain/document/document.ts";
import { renderPdf } from "./render-pdf.ts";

/**
 * Found by the renderer's property test: a header cell whose only text is a link over a soft
 * hyphen, and a link ending in a soft hyphen at the end of a paragraph. Typst's PDF export
 * failed on both.
 */
const doc = {
  variant: "public",
  kind: "agenda",
  title: "Dagsorden:  1. maj 2027",
  organisationName: "Eksempel Kommune",
  committeeName: "",
  facts: [{ label: "Mødested", value: "" }],
  items: [
    {
      anchor: "punkt-1",
      number: 1,
      heading: "Punkt 1: ",
      title: "",
      journalNumber: "00.01.00-A00-1-26",
      closed: false,
      closedNote: null,
      sections: [
        {
          kind: "field",
          heading: "Indstilling",
          note: null,
          doc: {
            type: "doc",
            content: [
              {
                type: "table",
                content: [
                  {
                    type: "tableRow",
                    content: [
                      { type: "tableCell", content: [{ type: "paragraph" }] },
                      {
                        type: "tableHeader",
                        content: [
                          {
                            type: "paragraph",
                            content: [
                              {
                                type: "text",
                                text: "­",
                                marks: [
                                  { type: "link", attrs: { href: "https://albertslund.dk" } },
                                ],
                              },
                            ],
                          },
                          { type: "blockquote", content: [{ type: "paragraph" }] },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        },
        {
          kind: "field",
          heading: "Sagsfremstilling",
          note: null,
          doc: { type: "doc", content: [] },
        },
      ],
      attachments: [],
    },
  ],
} as unknown as MeetingDocument;

/** One paragraph under Indstilling. */
const paragraph = (content: unknown[]) =>
  ({
    ...doc,
    items: [
      {
        ...doc.items[0],
        sections: [
          {
            kind: "field",
            heading: "Indstilling",
            note: null,
            doc: { type: "doc", content: [{ type: "paragraph", content }] },
          },
        ],
      },
    ],
  }) as unknown as MeetingDocument;

const link = (text: string) => ({
  type: "text",
  text,
  marks: [{ type: "link", attrs: { href: "https://albertslund.dk" } }],
});

/** Every text of up to three characters from letters, spaces and invisible characters. */
function linkTexts(): string[] {
  const alphabet = ["a", " ", "\u00ad", "\u200b", "\u2060", "\u00a0"];
  const all: string[] = [];
  const grow = (text: string, left: number) => {
    if (text) all.push(text);
    if (left > 0) for (const c of alphabet) grow(text + c, left - 1);
  };
  grow("", 3);
  return all;
}

describe("a link over invisible text", () => {
  it("renders as a tagged PDF instead of failing", () => {
    const pdf = renderPdf(doc);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
  });

  it("renders wherever in a paragraph a link of any such text stands", () => {
    const failed: string[] = [];
    for (const text of linkTexts()) {
      const places = {
        first: [link(text), { type: "text", text: " efter" }],
        middle: [{ type: "text", text: "før " }, link(text), { type: "text", text: " efter" }],
        last: [{ type: "text", text: "før " }, link(text)],
      };
      for (const [place, content] of Object.entries(places)) {
        try {
          renderPdf(paragraph(content));
        } catch {
          failed.push(`${place}: ${JSON.stringify(text)}`);
        }
      }
    }
    expect(failed).toEqual([]);
  });
});
