import { describe, expect, it } from "vitest";
import type { MeetingDocument } from "../../domain/document/document.ts";
import { renderPdf } from "./render-pdf.ts";

/**
 * Found by the renderer's property test: a header cell whose only text is a link over a soft
 * hyphen. Typst drops the soft hyphen, and its PDF export failed on the empty link.
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

describe("a link over invisible text", () => {
  it("renders as a tagged PDF instead of failing", async () => {
    const pdf = await renderPdf(doc);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
  });
});
