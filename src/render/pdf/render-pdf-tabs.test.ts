import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasPoppler, pdfText } from "../../../test/poppler.ts";
import type { MeetingDocument } from "../../domain/document/document.ts";
import { renderPdf } from "./render-pdf.ts";

/** Minutes with one item whose decision is the given lines, as pasted from Word. */
function minutesWith(lines: string[]): MeetingDocument {
  return {
    variant: "public",
    kind: "minutes",
    title: "Referat: Økonomiudvalget 1. maj 2027",
    organisationName: "Eksempel Kommune",
    committeeName: "Økonomiudvalget",
    facts: [{ label: "Mødested", value: "Rådhuset" }],
    items: [
      {
        anchor: "punkt-1",
        number: 1,
        heading: "Punkt 1: Budget",
        title: "Budget",
        journalNumber: null,
        closed: false,
        closedNote: null,
        sections: [
          {
            kind: "decision",
            heading: "Beslutning",
            note: null,
            doc: {
              type: "doc",
              content: lines.map((text) => ({
                type: "paragraph",
                content: [{ type: "text", text }],
              })),
            },
          },
        ],
        attachments: [],
      },
    ],
  } as unknown as MeetingDocument;
}

const word = fc.stringMatching(/^[A-Za-zÆØÅæøå0-9.]{1,12}$/);

describe.skipIf(!hasPoppler())("text with tabs in a PDF", () => {
  it("keeps the cells of a table pasted from Word apart, whatever they hold", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(word, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        async (rows) => {
          const text = (
            await pdfText(renderPdf(minutesWith(rows.map((r) => r.join("\t")))))
          ).replace(/\s+/g, " ");
          for (const row of rows) expect(text).toContain(row.join(" "));
        },
      ),
      { numRuns: 8 },
    );
  });

  it("keeps a Word bullet apart from its text", async () => {
    const text = await pdfText(
      renderPdf(minutesWith(["o\tUnderpunkt", "Afdeling\tBudget 2026\tForbrug"])),
    );
    expect(text).toContain("o Underpunkt");
    expect(text.replace(/\s+/g, " ")).toContain("Afdeling Budget 2026 Forbrug");
  });
});
