import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { PmDoc } from "../richtext/doc.ts";
import { textToDoc } from "../richtext/text-to-doc.ts";
import { type CaseField, checkWriting } from "./check-writing.ts";
import { createSpeller } from "./create-speller.ts";
import type { Speller } from "./speller.ts";

let speller: Speller;
beforeAll(async () => {
  speller = await createSpeller();
});

const boldHeading: PmDoc = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Baggrund", marks: [{ type: "bold" }] }] },
    {
      type: "paragraph",
      content: [{ type: "text", text: "Sagen er en beslutnig fra Espenhein." }],
    },
  ],
};

describe("checkWriting", () => {
  const fields: CaseField[] = [
    { name: "Indstilling", doc: textToDoc("Direktøren indstiller,\n1. at sagen godkendes") },
    { name: "Sagsfremstilling", doc: boldHeading },
  ];

  it("reports per field and for the case, with the field on every finding", () => {
    const result = checkWriting(fields, speller);
    // Indstilling: 5 words (the list's "1." is not text) in 2 sentences (a line and a list
    // item), 3 long (Direktøren, indstiller, godkendes); Sagsfremstilling: 7 words in 2
    // sentences, 3 long (Baggrund, beslutnig, Espenhein).
    expect(
      result.fields.map((f) => [f.field, f.lix.words, f.lix.sentences, f.lix.longWords]),
    ).toEqual([
      ["Indstilling", 5, 2, 3],
      ["Sagsfremstilling", 7, 2, 3],
    ]);
    // The case: 12 words, 4 sentences, 6 long: 12/4 + 100·6/12 = 3 + 50 = 53.0 -> svær
    expect(result.lix).toMatchObject({
      words: 12,
      sentences: 4,
      longWords: 6,
      lix: 53,
      scale: "hard",
    });
    expect(result.spelling).toEqual([
      {
        word: "beslutnig",
        suggestions: ["beslutning"],
        occurrences: [{ field: "Sagsfremstilling", path: [1], offset: 12 }],
      },
    ]);
    expect(result.accessibility).toMatchObject([
      { rule: "fake-heading", field: "Sagsfremstilling", path: [0] },
    ]);
  });

  it("takes a name seen in one field as a name at the start of a sentence in another", () => {
    const doc = textToDoc("Espenhein fremlagde sagen.");
    expect(checkWriting([{ name: "A", doc }], speller).spelling.map((s) => s.word)).toEqual([
      "Espenhein",
    ]);
    expect(
      checkWriting([...fields, { name: "A", doc }], speller).spelling.map((s) => s.word),
    ).toEqual(["beslutnig"]);
  });

  it("gives the same answer from its paragraph cache, and sees an edited paragraph", () => {
    const first = checkWriting(fields, speller);
    expect(checkWriting(fields, speller)).toEqual(first);
    const edited = structuredClone(boldHeading);
    const paragraph = edited.content[1]?.content?.[0];
    if (paragraph) paragraph.text = "Sagen er en beslutning fra Espenhein.";
    expect(checkWriting([{ name: "Sagsfremstilling", doc: edited }], speller).spelling).toEqual([]);
  });

  it("checks a single document without field names", () => {
    const result = checkWriting(boldHeading, speller);
    expect(result.fields).toHaveLength(1);
    expect(result.accessibility[0]).not.toHaveProperty("field");
  });

  it("tells the author of every CPR number, in any field, paragraph or table cell (property)", () => {
    const two = (n: number) => String(n).padStart(2, "0");
    const cpr = fc
      .record({
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 1, max: 12 }),
        year: fc.integer({ min: 0, max: 99 }),
        serial: fc.integer({ min: 0, max: 3999 }),
        separator: fc.constantFrom("-", " ", "", "\u2013"),
      })
      .map(
        (c) =>
          `${two(c.day)}${two(c.month)}${two(c.year)}${c.separator}${String(c.serial).padStart(4, "0")}`,
      );
    const words = fc.array(fc.constantFrom("Borgeren", "har", "søgt", "om", "hjælp", "nr."), {
      maxLength: 6,
    });
    const paragraph = (text: string) => ({
      type: "paragraph",
      content: text ? [{ type: "text", text }] : [],
    });
    fc.assert(
      fc.property(
        words,
        fc.option(cpr, { nil: null }),
        words,
        fc.boolean(),
        (before, number, after, inTable) => {
          const text = [...before, ...(number ? [number] : []), ...after].join(" ");
          const block = inTable
            ? {
                type: "table",
                content: [
                  {
                    type: "tableRow",
                    content: [{ type: "tableCell", content: [paragraph(text)] }],
                  },
                ],
              }
            : paragraph(text);
          const doc = { type: "doc", content: [paragraph("Indledning."), block] } as PmDoc;
          const result = checkWriting([...fields, { name: "Beslutning", doc }], speller);
          const offset = before.length ? before.join(" ").length + 1 : 0;
          const path = inTable ? [1, 0, 0, 0] : [1];
          expect(result.cpr).toEqual(
            number ? [{ number, at: { field: "Beslutning", path, offset } }] : [],
          );
          expect(result.fields.map((f) => f.cpr.length)).toEqual([0, 0, number ? 1 : 0]);
          expect(result.spelling.map((s) => s.word)).toEqual(["beslutnig"]);
        },
      ),
      { numRuns: 80 },
    );
  });
});
