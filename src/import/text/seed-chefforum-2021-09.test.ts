import { describe, expect, it } from "vitest";
import { type ExpectedItem, expectItems } from "../../../test/fixtures/import/expect-items.ts";
import { readSeed, SEED_FILES } from "../../../test/fixtures/import/seeds.ts";
import { parseMinutesText } from "./parse-minutes.ts";

const FULL = ["Anledning", "Sagsfremstilling", "Indstilling", "Beslutning", "Bilag"];

const expected: ExpectedItem[] = [
  {
    number: 1,
    title: "CF - Byudviklingsforum",
    timeSlot: ["08:30", "09:30"],
    journalNumber: "00.00.00-A00-8-21",
    headings: FULL,
    attachments: ["Notat_Oplæg Tættere kobling til CF_BF den 10. august 2021.docx"],
    decisionStartsWith: "Chefen for Miljø & Teknik præsenterede de overordnede projekter",
  },
  {
    number: 2,
    title: "CF - Godkendelse af dagsorden og referat",
    journalNumber: "00.00.00-A00-2-21",
    headings: ["Anledning", "Indstilling", "Beslutning"],
    decisionStartsWith: "Dagsorden og referat blev godkendt.",
  },
  {
    number: 3,
    title: "CF - Godkendelse af pilotprojekter i Digitaliseringsstrategien 2021 - 2025",
    timeSlot: ["09:30", "10:15"],
    journalNumber: "00.15.00-P22-1-21",
    headings: FULL,
    attachments: [
      "Notat til CF vedr. Digitaliseringsstrategien 2021-2025",
      "Projektgrundlag_Indeklima på skoler_Mere grøn velfærd",
      "Projektgrundlag_Vandstandsmåling_Mere grøn velfærd",
      "Projektgrundlag_Bæredygtighedshjul (Digital overblik)_Mere grøn velfærd",
      "Projektgrundlag_KMD OPUS Vagtplan_Bedre helbred og øget frihed",
      "Projektgrundlag_Nøgleskab_Bedre helbred og øget frihed",
      "Projektgrundlag_E-Learning_Bedre helbred og øget frihed",
      "Projektgrundlag_Process Suite_Bedre helbred og øget frihed",
      "Projektgrundlag_Velfærdsteknologisk Strategi_Bedre helbred og øget frihed",
      "Projektgrundlag_CitizenLab_Mere dialog og fællesskab",
    ],
    decisionStartsWith: "Leder af IT & Digitalisering præsenterer de 9 projekter",
  },
  {
    number: 4,
    title: "CF - Lederdag 22. september 2021",
    timeSlot: ["10:25", "10:45"],
    journalNumber: "00.00.00-A00-10-20",
    headings: FULL,
    attachments: ["Program til lederdag den 22. september 2021"],
    decisionStartsWith: "Kommunaldirektøren præsenterede programmet for lederdagen",
  },
  {
    number: 5,
    title: "CF - Drøftelse af Erhvervs fremtidige placering i organisationen",
    timeSlot: ["10:45", "11:10"],
    journalNumber: "00.17.20-A00-2-21",
    headings: FULL,
    attachments: ["Erhvervsstrategi 2019 - 2024"],
    decisionStartsWith: "Direktøren for By, Kultur, Miljø & Beskæftigelse præsenterede",
  },
  {
    number: 6,
    title: "CF - Cirkulære indkøb som led i deltagelse i KKR VIP-projekt",
    timeSlot: ["11:10", "11:25"],
    journalNumber: "88.00.00-G01-46-21",
    headings: FULL,
    attachments: ["KKR- VIP møbel Projekt"],
    decisionStartsWith: "Chefen for Økonomi & Stab præsenterede sagen.",
  },
  {
    number: 7,
    title: "CF - Orientering om budgetprocessen",
    timeSlot: ["11:25", "11:45"],
    journalNumber: "00.00.00-A00-2-21",
    headings: ["Indstilling", "Sagsfremstilling", "Beslutning"],
    decisionStartsWith: "Chefen for Økonomi & Stab præsenterede at Kommunalbestyrelsen",
  },
  {
    number: 8,
    title: "CF- Fælles journaliseringspraksis i Albertslund Kommune",
    timeSlot: ["11:45", "11:55"],
    journalNumber: "85.02.01-A26-1-20",
    headings: ["Indstilling", "Sagsfremstilling", "Beslutning", "Bilag"],
    attachments: ["Vejledning i journaliseringspraksis"],
    decisionStartsWith: "Chefforum roser vejledningen",
  },
  {
    number: 9,
    title: "CF - Evt.",
    journalNumber: "00.00.00-A00-2-21",
    headings: ["Beslutning"],
    decisionStartsWith: "Chefforum blev orienteret om, at der kommer en drøftelse",
  },
];

describe("Chefforum minutes of 2 September 2021 (time slots)", () => {
  const result = parseMinutesText(readSeed(SEED_FILES.chefforum2021Sep), "chefforum.txt");

  it("reads the meeting header", () => {
    expect(result.meeting).toEqual({
      committee: "Chefforum",
      date: "2021-09-02",
      startTime: "08:30",
      location: "Mødelokale 1",
      participants: [],
      absent: [],
    });
  });

  it("reads every item with its time slot", () => {
    expectItems(result, expected);
  });

  it("takes the duration from the time slot", () => {
    expect(result.items.map((item) => item.durationMinutes)).toEqual([
      60,
      null,
      45,
      20,
      25,
      15,
      20,
      10,
      null,
    ]);
  });

  it("matches the table of contents, time slots and dot leaders included", () => {
    expect(result.warnings).toEqual([]);
    expect(result.items.flatMap((item) => item.warnings)).toEqual([]);
  });

  it("keeps a numbered agenda inside Sagsfremstilling as text", () => {
    const text = result.items[0]?.sections.find((s) => s.heading === "Sagsfremstilling")?.text;
    expect(text).toContain(
      "Dagsorden\n\n1. Introduktion til ny organisering v. Kristine (20 min.)",
    );
    expect(text).toContain("\n\n3. Evt. (5 min.)");
  });
});
