import { describe, expect, it } from "vitest";
import { buildDocx, type DocxBlock } from "../../../test/fixtures/import/build-docx.ts";
import { parseMinutesText } from "../text/parse-minutes.ts";
import { extractDocxText } from "./extract-text.ts";

const minutes: DocxBlock[] = [
  { title: "Referat af Kultur- og Fritidsudvalget den 4. juni 2024" },
  { text: "Mødedato Tirsdag d. 4. juni 2024 kl. 17.00" },
  { text: "Mødested Rådhuset, mødelokale 3" },
  { text: "Mødedeltagere Anne Holm (Formand, A), Jens Berg (B)" },
  { title: "Punkt 1: Godkendelse af dagsorden" },
  { text: "18.00.00-A00-1-24" },
  { heading: "Indstilling" },
  { text: "Direktøren indstiller," },
  { numbered: ["at dagsordenen godkendes", "at referatet godkendes"] },
  { heading: "Beslutning" },
  { text: "Godkendt." },
  { title: "Punkt 2: Status på idrætsfaciliteter (20 min.)" },
  { text: "18.15.00-G01-3-24" },
  { bold: "Sagsfremstilling" },
  { text: "Belægningen fordeler sig således:" },
  {
    table: [
      ["Facilitet", "Timer", "Belægning"],
      ["Hal 1", "1.200", "87 %"],
      ["Svømmehal, stor", "900", "92 %"],
    ],
  },
  { text: "Udvalget bedes drøfte:" },
  {
    bullets: ["fordeling af haltider", { text: "nye faciliteter", nested: ["padel", "klatrevæg"] }],
  },
  { text: "Se også ", link: { label: "kommunens hjemmeside", url: "https://albertslund.dk" } },
  { heading: "Indstilling" },
  { numbered: ["at status tages til efterretning"] },
  { bold: "Beslutning" },
  { text: "Taget til efterretning." },
  { heading: "Bilag" },
  { numbered: ["Belægningsoversigt 2024.xlsx", "Notat om padelbaner"] },
];

describe("DOCX minutes", async () => {
  const buf = await buildDocx(minutes);
  const text = await extractDocxText(buf, "referat.docx");
  const result = parseMinutesText(text, "referat.docx");
  const [first, second] = result.items;

  it("reads the meeting header", () => {
    expect(result.meeting).toEqual({
      committee: "Kultur- og Fritidsudvalget",
      date: "2024-06-04",
      startTime: "17:00",
      location: "Rådhuset, mødelokale 3",
      participants: [
        { name: "Anne Holm", title: "Formand, A" },
        { name: "Jens Berg", title: "B" },
      ],
      absent: [],
    });
  });

  it("reads items from heading paragraphs, with journal numbers and durations", () => {
    expect(
      result.items.map((i) => [i.number, i.title, i.journalNumber, i.durationMinutes]),
    ).toEqual([
      [1, "Godkendelse af dagsorden", "18.00.00-A00-1-24", null],
      [2, "Status på idrætsfaciliteter", "18.15.00-G01-3-24", 20],
    ]);
  });

  it("reads section headings written as Word headings and as bold paragraphs", () => {
    expect(second?.sections.map((s) => s.heading)).toEqual([
      "Sagsfremstilling",
      "Indstilling",
      "Beslutning",
      "Bilag",
    ]);
    expect(second?.decision).toBe("Taget til efterretning.");
  });

  it("renders a real numbered list as '1. …' lines", () => {
    expect(first?.sections[0]).toEqual({
      heading: "Indstilling",
      text: "Direktøren indstiller,\n\n1. at dagsordenen godkendes\n2. at referatet godkendes",
    });
  });

  it("renders a table as rows with the header row first", () => {
    expect(second?.sections[0]?.text).toContain(
      "Belægningen fordeler sig således:\n\nFacilitet | Timer | Belægning\nHal 1 | 1.200 | 87 %\nSvømmehal, stor | 900 | 92 %\n\n",
    );
  });

  it("renders bullets, nested bullets and links", () => {
    expect(second?.sections[0]?.text).toContain(
      "Udvalget bedes drøfte:\n\n- fordeling af haltider\n- nye faciliteter\n - padel\n - klatrevæg\n\nSe også [kommunens hjemmeside](https://albertslund.dk)",
    );
  });

  it("reads a numbered Bilag list as attachment names", () => {
    expect(second?.attachments).toEqual(["Belægningsoversigt 2024.xlsx", "Notat om padelbaner"]);
  });

  it("has nothing to warn about", () => {
    expect(result.warnings).toEqual([]);
    expect(result.items.flatMap((i) => i.warnings)).toEqual([]);
  });
});
