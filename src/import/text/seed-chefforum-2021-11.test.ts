import { describe, expect, it } from "vitest";
import { type ExpectedItem, expectItems } from "../../../test/fixtures/import/expect-items.ts";
import { readSeed, SEED_FILES } from "../../../test/fixtures/import/seeds.ts";
import { parseMinutesText } from "./parse-minutes.ts";

const OLD_TEMPLATE = ["Anledning", "Sagsfremstilling", "Indstilling", "Beslutning"];

const expected: ExpectedItem[] = [
  {
    number: 1,
    title: "CF - Godkendelse af dagsorden og referat fra seneste møde",
    journalNumber: "00.01.00-A21-2-20",
    headings: ["Anledning", "Indstilling", "Beslutning"],
    decisionStartsWith: "Dagsorden og referat blev godkendt.",
  },
  {
    number: 2,
    title: "CF - Byudviklingsforum",
    journalNumber: "00.01.00-A21-2-20",
    headings: OLD_TEMPLATE,
    decisionStartsWith: "Sidsel og Helene gennemgik",
  },
  {
    number: 3,
    title: "CF - Albertslund Kommunes kommende uddannelsesstrategi",
    journalNumber: "81.07.02-A00-1-21",
    headings: [...OLD_TEMPLATE, "Bilag"],
    attachments: [
      "Skabelon for lokal uddannelsesstrategi KKR",
      "Oplæg til Chefforum den 2511",
      "Rekrutterings-og-fas_Fredensborg",
    ],
    decisionStartsWith: "Chefforum havde følgende kommentarer",
  },
  {
    number: 4,
    title: "CF - Binding af aftale om Trivsels- og APV-måling i 2023",
    journalNumber: "87.00.00-A26-1-21",
    headings: OLD_TEMPLATE,
    decisionStartsWith: "Godkendt.",
  },
  {
    number: 5,
    title: "CF - Arbejdsgangsbeskrivelse for ny borgerrådgiver",
    journalNumber: "81.02.00-A00-8-21",
    headings: [...OLD_TEMPLATE, "Bilag"],
    attachments: [
      "Temaer til drøftelse i forbindelse med ansættelse af ny Borgerrådgiver.docx",
      "Introduktionsprogram Borgerrådgiver",
    ],
    decisionStartsWith: "Drøftelsen taget til efterretning, idet Chefforum pointerer",
  },
  {
    number: 6,
    title: "CF - Introduktion for fagudvalg",
    journalNumber: "00.15.00-G01-2-21",
    headings: [...OLD_TEMPLATE, "Bilag"],
    attachments: [
      "Skabelon - Introduktion til fagudvalg",
      "Styrelsesvedtægt pr. 1. januar 2022.docx",
    ],
    decisionStartsWith: "Punktet drøftes, idet der er kommet et nyt stående udvalg",
  },
  {
    number: 7,
    title: "CF - Eventuelt",
    journalNumber: "00.01.00-A21-2-20",
    headings: ["Sagsfremstilling", "Indstilling", "Beslutning"],
    decisionStartsWith: "Der kommer formentlig nye krav",
  },
];

describe("Chefforum minutes of 25 November 2021 (old template)", () => {
  const result = parseMinutesText(readSeed(SEED_FILES.chefforum2021Nov), "chefforum.txt");

  it("reads the meeting header", () => {
    expect(result.meeting).toEqual({
      committee: "Chefforum",
      date: "2021-11-25",
      startTime: "09:00",
      location: "Mødelokale 1",
      participants: [],
      absent: [],
    });
    expect(result.warnings).toEqual([]);
  });

  it("reads every item", () => {
    expectItems(result, expected);
    expect(result.items.every((item) => item.timeSlot === null)).toBe(true);
  });

  it("keeps a 'Beslutning:' line inside the decision as text", () => {
    const item = result.items[2];
    expect(item?.sections.filter((s) => s.heading === "Beslutning")).toHaveLength(1);
    expect(item?.decision).toContain("\n\nBeslutning:\n\nStrategien skal tage udgangspunkt");
    expect(item?.decision).toContain(
      "<https://medarbejdersiden.albertslund.dk/personaleforhold/afsked-og-fratraeden/fratraedelsessamtale>",
    );
  });

  it("keeps unknown sub-headings and nested lists as text", () => {
    const text = result.items[1]?.sections.find((s) => s.heading === "Sagsfremstilling")?.text;
    expect(text).toContain("\n\nRefleksionsspørgsmål:\n\n- Hvilke koblinger");
    expect(text).toContain("\n - Vridsløse?\n - Coop Byen?\n");
  });

  it("keeps numbered recommendations one per line", () => {
    const text = result.items[0]?.sections.find((s) => s.heading === "Indstilling")?.text;
    expect(text).toBe(
      "Kommunaldirektøren indstiller,\n\n1. at dagsordenen godkendes\n2. at referatet fra mødet den 28. oktober godkendes.",
    );
  });

  it("reports nothing for a well-formed document", () => {
    expect(result.items.flatMap((item) => item.warnings)).toEqual([]);
  });
});
