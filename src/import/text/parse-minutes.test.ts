import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../../../test/fixtures/import/seeds.ts";
import { ImportError } from "../model.ts";
import { parseMinutesText } from "./parse-minutes.ts";

const HEADER =
  "REFERAT Chefforum d. 25-11-2021\n\nMødedato Torsdag d. 25. november 2021 kl. 09:00\n\nMødested Mødelokale 1\n\n";

function parse(body: string, header = HEADER) {
  return parseMinutesText(header + body, "test.txt");
}

describe("parseMinutesText: an agenda with header, heading and numbering variants", () => {
  const result = parseMinutesText(
    readFileSync(fixturePath("okonomiudvalget-variants.txt"), "utf8"),
    "variants.txt",
  );

  it("reads the header fields, labels with colons and the absent", () => {
    expect(result.meeting).toEqual({
      committee: "Økonomiudvalget",
      date: "2024-05-03",
      startTime: "08:30",
      location: "Rådhuset, lokale 2",
      participants: [
        { name: "Anna Jensen", title: "Formand, Socialdemokratiet" },
        { name: "Bo Hansen", title: "Næstformand" },
        { name: "Carl Olsen", title: null },
      ],
      absent: [{ name: "Dorte Berg", title: "Venstre, Økonomiudvalget" }],
    });
  });

  it("warns about an unknown header line instead of dropping it", () => {
    expect(result.warnings).toEqual([expect.stringContaining("»Referent: Eva Holm«")]);
  });

  it("reads 'Punkt N.' and 'Punkt N -' items, slots, durations and Å/Ø facets", () => {
    expect(
      result.items.map((i) => [i.number, i.title, i.timeSlot, i.durationMinutes, i.journalNumber]),
    ).toEqual([
      [1, "Godkendelse af dagsorden", { start: "08:30", end: "08:45" }, 15, "00.01.00-Å21-2-24"],
      [2, "Budgetopfølgning", null, 20, "27.00.00-Ø54-123-2024"],
      [3, "Eventuelt", null, null, null],
    ]);
  });

  it("knows heading variants and makes a field-level 'Tidsplan' a section", () => {
    expect(result.items[1]?.sections.map((s) => s.heading)).toEqual([
      "Baggrund",
      "Økonomiske konsekvenser",
      "Tidsplan",
    ]);
  });

  it("does not expect decisions in an agenda", () => {
    expect(result.items[0]?.warnings).toEqual([]);
    expect(result.items[0]?.decision).toBeNull();
  });

  it("keeps text before the first heading in a 'Tekst' section, with a warning", () => {
    const last = result.items[2];
    expect(last?.sections).toEqual([{ heading: "Tekst", text: "Ingen bemærkninger." }]);
    expect(last?.warnings).toEqual([
      "Punktet har intet journalnummer.",
      "Tekst før punktets første overskrift er lagt i afsnittet »Tekst«.",
    ]);
  });
});

describe("parseMinutesText: header forms", () => {
  const body = "Punkt 1: Godkendelse\n\n00.01.00-A21-2-20\n\nBeslutning\n\nGodkendt.\n";

  it.each([
    ["REFERAT Chefforum d. 25-11-2021", "Chefforum", "2021-11-25"],
    [
      "Referat af mødet i Kultur- og Fritidsudvalget den 25. november 2021",
      "Kultur- og Fritidsudvalget",
      "2021-11-25",
    ],
    ["Referat for KommuneMED 2021-11-25", "KommuneMED", "2021-11-25"],
    ["DAGSORDEN Direktørforum d. 2. sept. 2021", "Direktørforum", "2021-09-02"],
  ])("reads %j", (title, committee, date) => {
    const result = parseMinutesText(`${title}\n\nMødested Rådhuset\n\n${body}`, "t.txt");
    expect(result.meeting.committee).toBe(committee);
    expect(result.meeting.date).toBe(date);
    expect(result.meeting.startTime).toBeNull();
    expect(result.warnings).toEqual([
      "Mødedatoen er taget fra overskriften, fordi linjen »Mødedato« mangler eller ikke har en dato.",
    ]);
  });

  it("takes the committee from the next line when the title is only 'Referat'", () => {
    const result = parseMinutesText(
      `Referat\n\nChefforum\n\nMødedato 25.11.2021 kl. 8.30\n\nMødested Rådhuset\n\n${body}`,
      "t.txt",
    );
    expect(result.meeting).toMatchObject({
      committee: "Chefforum",
      date: "2021-11-25",
      startTime: "08:30",
    });
    expect(result.warnings).toEqual([]);
  });

  it("warns when the date line and the title disagree", () => {
    const header =
      "REFERAT Chefforum d. 25-11-2021\n\nMødedato Torsdag d. 26. november 2021 kl. 10.00\n\nMødested A\n\n";
    expect(parse(body, header).warnings).toEqual([
      "Mødedatoen 2021-11-26 afviger fra datoen i overskriften (2021-11-25).",
    ]);
  });

  it("refuses a document without a date", () => {
    expect(() => parseMinutesText(`Referat Chefforum\n\n${body}`, "uden-dato.txt")).toThrow(
      /uden-dato\.txt: Mødedatoen kunne ikke findes/,
    );
  });
});

describe("parseMinutesText: items and sections", () => {
  it("throws an ImportError naming the file when there are no items", () => {
    let error: unknown;
    try {
      parse("Bare noget tekst uden punkter.\n");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/^test\.txt: .*ingen dagsordenspunkter/);
  });

  it("treats 'Beslutning:' with a colon as text, not a new section", () => {
    const result = parse(
      "Punkt 1: A\n\n00.01.00-A21-2-20\n\nBeslutning\n\nDrøftet.\n\nBeslutning:\n\nGodkendt.\n",
    );
    expect(result.items[0]?.sections).toEqual([
      { heading: "Beslutning", text: "Drøftet.\n\nBeslutning:\n\nGodkendt." },
    ]);
    expect(result.items[0]?.decision).toBe("Drøftet.\n\nBeslutning:\n\nGodkendt.");
  });

  it("reads 'Beslutning i <udvalg> den …' headings and takes the last as the decision", () => {
    const result = parse(
      "Punkt 1: A\n\n00.01.00-A21-2-20\n\nBeslutning i Økonomiudvalget den 12. marts 2025\n\nAnbefales.\n\nBeslutning i Kommunalbestyrelsen den 25. marts 2025\n\nGodkendt.\n",
    );
    expect(result.items[0]?.sections.map((s) => s.heading)).toEqual([
      "Beslutning i Økonomiudvalget den 12. marts 2025",
      "Beslutning i Kommunalbestyrelsen den 25. marts 2025",
    ]);
    expect(result.items[0]?.decision).toBe("Godkendt.");
  });

  it("keeps unknown short lines inside a section as text", () => {
    const result = parse(
      "Punkt 1: A\n\n00.01.00-A21-2-20\n\nSagsfremstilling\n\nIndledning.\n\nTidsplan\n\nI maj.\n\nRefleksionsspørgsmål:\n\n- Hvad?\n - Hvorfor?\n\nBeslutning\n\nOK.\n",
    );
    expect(result.items[0]?.sections[0]).toEqual({
      heading: "Sagsfremstilling",
      text: "Indledning.\n\nTidsplan\n\nI maj.\n\nRefleksionsspørgsmål:\n\n- Hvad?\n - Hvorfor?",
    });
  });

  it("warns about missing journal number, missing decision and empty sections", () => {
    const result = parse("Punkt 1: A\n\nAnledning\n\nIndstilling\n\n1. at det godkendes\n");
    expect(result.items[0]?.warnings).toEqual([
      "Punktet har intet journalnummer.",
      "Afsnittet »Anledning« er tomt.",
      "Punktet har ingen beslutning.",
    ]);
  });

  it("warns about duplicated and out-of-sequence item numbers", () => {
    const item = (n: number) => `Punkt ${n}: T${n}\n\n00.01.00-A21-2-20\n\nBeslutning\n\nOK.\n\n`;
    const result = parse(item(1) + item(3) + item(3) + item(4));
    expect(result.items.map((i) => i.warnings)).toEqual([
      [],
      ["Punktnummeret 3 følger ikke nummerfølgen (forventet 2)."],
      ["Punkt 3 findes mere end én gang."],
      [],
    ]);
  });

  it("does not start an item at a 'Punkt N:' line inside a decision", () => {
    const result = parse(
      "Punkt 1: A\n\n00.01.00-A21-2-20\n\nBeslutning\n\nFølgende blev aftalt:\n\nPunkt 5: udsættes til næste møde.\n\nPunkt 2: B\n\n00.01.00-A21-2-20\n\nBeslutning\n\nOK.\n",
    );
    expect(result.items.map((i) => i.title)).toEqual(["A", "B"]);
    expect(result.items[0]?.decision).toContain("Punkt 5: udsættes til næste møde.");
  });

  it("removes a leading list number from attachments and keeps names as written", () => {
    const result = parse(
      "Punkt 1: A\n\n00.01.00-A21-2-20\n\nBeslutning\n\nOK.\n\nBilag\n\n1. Notat.docx\n2) budget 2025.xlsx\n- bilag c\n",
    );
    expect(result.items[0]?.attachments).toEqual(["Notat.docx", "budget 2025.xlsx", "bilag c"]);
  });

  it("normalises CRLF line endings", () => {
    const text = `${HEADER}Punkt 1: A\n\n00.01.00-A21-2-20\n\nBeslutning\n\nLinje et\nlinje to.\n`;
    const result = parseMinutesText(text.replace(/\n/g, "\r\n"), "crlf.txt");
    expect(result.meeting.location).toBe("Mødelokale 1");
    expect(result.items[0]?.decision).toBe("Linje et\nlinje to.");
  });
});

describe("parseMinutesText: table of contents", () => {
  const items =
    "Punkt 1: Alfa\n\n00.01.00-A21-2-20\n\nBeslutning\n\nOK.\n\nPunkt 2: Beta gamma\n\n00.01.00-A21-2-20\n\nBeslutning\n\nOK.\n\n";

  it("warns per item when a TOC title differs", () => {
    const result = parse(`Indholdsfortegnelse\n\nAlfa.....\t3\nDelta.....\t4\n\n${items}`);
    expect(result.items[1]?.warnings).toEqual([
      "Titlen i indholdsfortegnelsen »Delta« afviger fra punktets titel »Beta gamma«.",
    ]);
    expect(result.items[0]?.warnings).toEqual([]);
  });

  it("warns more mildly when a TOC title is cut short", () => {
    const result = parse(`Indholdsfortegnelse\n\nAlfa.....\t3\nBeta\t4\n\n${items}`);
    expect(result.items[1]?.warnings).toEqual([
      "Titlen i indholdsfortegnelsen er afkortet: »Beta«.",
    ]);
  });

  it("warns on the document when the counts differ", () => {
    const result = parse(`Indholdsfortegnelse\n\nAlfa.....\t3\n\n${items}`);
    expect(result.warnings).toEqual(["Indholdsfortegnelsen har 1 punkter, men dokumentet har 2."]);
    expect(result.items[1]?.warnings).toEqual(["Punktet står ikke i indholdsfortegnelsen."]);
  });
});

describe("parseMinutesText: robustness", () => {
  it("reads a table of contents that repeats the 'Punkt N:' lines", () => {
    const result = parse(
      "Indholdsfortegnelse\n\nPunkt 1: Alfa 3\nPunkt 2: Beta 4\nPunkt 3: Gamma 5\n\nPunkt 1: Alfa\n\n00.01.00-A21-2-20\n\nBeslutning\n\nOK.\n\nPunkt 2: Beta\n\nBeslutning\n\nOK.\n\nPunkt 3: Gamma\n\nBeslutning\n\nOK.\n",
    );
    expect(result.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      [1, "Alfa", "OK."],
      [2, "Beta", "OK."],
      [3, "Gamma", "OK."],
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.items[0]?.warnings).toEqual([]);
  });

  it("keeps items without a body at the start of an agenda", () => {
    const result = parse("Punkt 1: Alfa\n\nPunkt 2: Beta\n\nPunkt 3: Gamma\n\nBeslutning\n\nOK.\n");
    expect(result.items.map((i) => i.title)).toEqual(["Alfa", "Beta", "Gamma"]);
  });

  it.each([
    "a".repeat(10_000),
    " ".repeat(10_000),
    `${".".repeat(10_000)}\t1`,
    "(".repeat(10_000),
    `Punkt 1: ${"(9.30-".repeat(2_000)}`,
    `Mødedeltagere ${"A (".repeat(3_000)}`,
    `Beslutning i ${" ".repeat(10_000)}x`,
    `**${"*".repeat(10_000)}`,
    `d. 1${" d. 1".repeat(2_500)}`,
  ])("handles a 10 000-character line (%#)", (line) => {
    const text = `${HEADER}${line}\n\nIndholdsfortegnelse\n\n${line}\n\nPunkt 1: Titel\n\n${line}\n\nBeslutning\n\n${line}\n\nBilag\n\n${line}\n`;
    expect(parseMinutesText(text, "lang.txt").items.length).toBeGreaterThan(0);
  });
});
