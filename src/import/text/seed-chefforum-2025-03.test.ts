import { describe, expect, it } from "vitest";
import { type ExpectedItem, expectItems } from "../../../test/fixtures/import/expect-items.ts";
import { readSeed, SEED_FILES } from "../../../test/fixtures/import/seeds.ts";
import { parseMinutesText } from "./parse-minutes.ts";

const TEMPLATE_2025 = [
  "Indstilling",
  "Resumé",
  "Sagsfremstilling",
  "Kommunens vision og politikker",
  "Økonomi",
  "Lovgrundlag",
  "Borgerperspektiv",
  "Beslutning",
];

const expected: ExpectedItem[] = [
  {
    number: 1,
    title: "Godkendelse af dagsorden og referat",
    journalNumber: "00.01.00-P35-7-23",
    headings: ["Indstilling", "Beslutning"],
    decisionStartsWith: "Chefforum godkendte dagsorden og referat.",
  },
  {
    number: 2,
    title: "Orientering om KommuneMEDs temamøde",
    journalNumber: "81.38.04-P35-1-25",
    headings: TEMPLATE_2025,
    decisionStartsWith: "Der blev den 10. marts 2025 afholdt det årlige temamøde",
  },
  {
    number: 3,
    title: "Orientering om centralisering af lønfunktionen",
    journalNumber: "00.15.00-A00-11-24",
    headings: TEMPLATE_2025,
    decisionStartsWith: "Lederen af HR & Løn orienterede om status",
  },
  {
    number: 4,
    title: "Beslutning om seniorindsatser og koblingen til MUS, LUS og GRUS",
    journalNumber: "81.37.00-P00-1-24",
    headings: [...TEMPLATE_2025, "Bilag"],
    attachments: ["Retningslinje for Seniorindsatser - endelig version 2"],
    decisionStartsWith: "Chefforum drøftede, at der med fordel kan være fokus",
  },
  {
    number: 5,
    title: "Orientering om implementering af projektet Samarbejde & videndeling i Teams",
    journalNumber: "85.11.00-P20-1-25",
    headings: [...TEMPLATE_2025, "Bilag"],
    attachments: [
      "Retningslinjer for skabeloner til oprettelse af Teams - bilag",
      "Journaliseringspraksis overblik.pptx",
    ],
    decisionStartsWith: "Leder af It & Digitalisering præsenterede oprettelsen",
  },
  {
    number: 6,
    title: "Beslutning om erfaringer med dagsordensmodul og sagsskabelon",
    journalNumber: "00.15.00-A00-23-22",
    headings: TEMPLATE_2025,
    decisionStartsWith: "Chefforum delte deres og afdelingernes erfaringer herunder bl.a.:",
  },
  {
    number: 7,
    title: "Beslutning om evaluering af arbejdet med målsætninger 2025 og KB-temamøde",
    journalNumber: "00.01.00-A00-7-25",
    headings: [...TEMPLATE_2025, "Bilag"],
    attachments: [
      "Proces målsætninger 2025",
      "Opsamling på deltagerevaluering af udviklingsdag 2 den 27, januar 2025",
    ],
    decisionStartsWith: "Punktet blev udsat",
  },
  {
    number: 8,
    title: "Beslutning om budget 2026 - borgermøde",
    journalNumber: "00.01.00-A00-32-24",
    headings: [...TEMPLATE_2025, "Bilag"],
    attachments: ["Drejebog borgermøde om budget 2026 Udkast 110325"],
    decisionStartsWith: "Leder af Økonomi & Indkøb præsenterede program og drejebog",
  },
  {
    number: 9,
    title:
      "Temadrøftelse af juniormesterlære, fritidsjob, praktik, løntilskud og nytteindsats på de kommunale arbejdspladser",
    journalNumber: "15.20.00-A00-1-23",
    headings: [...TEMPLATE_2025.slice(0, 7), "Historik", "Beslutning", "Bilag"],
    attachments: [
      "250305 Praktik og løntilskudsforløb pr afdeling",
      "250305 Antal borgere i placering på rådhuset",
      "250305 Løbende praktikforløb i AK",
      "250305 Løbende løntilskudsforløb i AK",
      "250305 Effekt af forløb",
      "250305 Beregning af interne virksomhedspladser",
      "Flere unge i fritidsjob",
      "Løntilskud fra budget 2023",
    ],
    decisionStartsWith: "Chefforum havde temadrøftelsen på baggrund af en udvalgt metode",
  },
  {
    number: 10,
    title: "Temaer til kommende møder og eventuelt",
    journalNumber: "00.01.00-P35-7-23",
    headings: ["Indstilling", "Beslutning", "Bilag"],
    attachments: ["Temadrøftelser februar 2025"],
    decisionStartsWith: "Chefforum drøftede punktet.",
  },
];

describe("Chefforum minutes of 12 March 2025 (2025 template)", () => {
  const result = parseMinutesText(readSeed(SEED_FILES.chefforum2025Mar), "chefforum.txt");
  const item = (number: number) => result.items.find((i) => i.number === number);
  const section = (number: number, heading: string) =>
    item(number)?.sections.find((s) => s.heading === heading)?.text ?? "";

  it("reads the meeting header with ten participants and their titles", () => {
    const { participants, ...meeting } = result.meeting;
    expect(meeting).toEqual({
      committee: "Chefforum",
      date: "2025-03-12",
      startTime: "09:00",
      location: "Mødelokale 915",
      absent: [],
    });
    expect(participants).toHaveLength(10);
    expect(participants[0]).toEqual({ name: "Henrik Harder", title: "Kommunaldirektør" });
    expect(participants[1]).toEqual({
      name: "Kristine Klæbel",
      title: "Direktør By, Kultur, Miljø & Beskæftigelse",
    });
    expect(participants[9]).toEqual({
      name: "Tanja Thor Møller",
      title: "Afdelingschef Ældre, Sundhed & Social",
    });
    expect(participants.map((p) => p.name)).toContain("René Birkemark Olesen");
  });

  it("reads every item", () => {
    expectItems(result, expected);
    expect(result.items.every((i) => i.timeSlot === null)).toBe(true);
  });

  it("takes the duration from the '(N min.)' paragraph and removes it from the text", () => {
    expect(result.items.map((i) => i.durationMinutes)).toEqual([
      null,
      5,
      10,
      10,
      20,
      25,
      20,
      null,
      50,
      null,
    ]);
    expect(section(2, "Sagsfremstilling")).toMatch(/^Hvert år i marts afholder KommuneMED/);
    expect(section(9, "Sagsfremstilling")).not.toContain("(50 min.)");
  });

  it("records the postponement of item 7 as its decision", () => {
    expect(item(7)?.decision).toBe("Punktet blev udsat til kommende Chefforum den 26. marts 2025.");
  });

  it("warns that the table of contents cuts the title of item 9 short", () => {
    expect(item(9)?.warnings).toHaveLength(1);
    expect(item(9)?.warnings[0]).toContain("afkortet");
    expect(item(9)?.warnings[0]).toContain("på de kommunale«");
    expect(result.items.filter((i) => i.number !== 9).flatMap((i) => i.warnings)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("joins paragraphs split by a page break", () => {
    expect(item(3)?.decision).toContain("forløbet kan skabe utryghed i organisationen");
    expect(section(5, "Sagsfremstilling")).toContain(
      "i Teams er fælles samarbejdsfiler, og dermed",
    );
    expect(section(9, "Sagsfremstilling")).toContain("at aftalerne bliver implementeret? Skal der");
  });

  it("keeps sub-headings such as 'Tidsplan' inside Sagsfremstilling as text", () => {
    const text = section(5, "Sagsfremstilling");
    expect(text).toContain("\n\nTidsplan\n\nDen 1. april,\n\n- bliver der lukket");
    expect(text).toContain("\n\nVejledninger og undervisning\n\n");
    expect(text).toContain("appen **Kurser - M365** i venstre menuen");
  });

  it("keeps a list item's continuation line and inline links verbatim", () => {
    expect(section(4, "Sagsfremstilling")).toContain(
      "Initiativet til indkaldelse til ovennævnte samtale(r) ligger hos lederen.\nMedarbejderen har dog altid",
    );
    expect(section(2, "Sagsfremstilling")).toContain("Medarbejdersiden ([link](#)).");
  });
});
