import { describe, expect, it } from "vitest";
import { readSeed, SEED_FILES } from "../../../test/fixtures/import/seeds.ts";
import { ImportError } from "../model.ts";
import { parseMinutesText } from "./parse-minutes.ts";

const nov = readSeed(SEED_FILES.chefforum2021Nov);
const sep = readSeed(SEED_FILES.chefforum2021Sep);
/** The November minutes' items 1 and 2, with their bodies, as they stand in the file. */
const firstTwoItems = nov.slice(nov.indexOf("Punkt 1:"), nov.indexOf("Punkt 3:"));

function refusal(text: string): string {
  try {
    parseMinutesText(text, "referater.txt");
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error("the file was accepted");
}

describe("a file that holds more than one meeting", () => {
  it("refuses two copies of the same minutes, naming the repeated items", () => {
    const message = refusal(`${nov}\n\n${nov}`);
    expect(message).toBe(
      "referater.txt: Filen ser ud til at indeholde mere end ét møde: punkt 1, 2, 3, 4, 5, 6 og 7 findes mere end én gang. Importér hvert møde som sin egen fil.",
    );
  });

  it("refuses two different meetings one after the other", () => {
    expect(refusal(`${nov}\n\n${sep}`)).toContain("punkt 1, 2, 3, 4, 5, 6 og 7 findes");
  });

  it("refuses a numbering that starts over, even without a second header", () => {
    expect(refusal(`${nov}\n\n${firstTwoItems}`)).toContain("punkt 1 og 2 findes");
  });

  it("refuses one repeated item under a second meeting header", () => {
    const header = nov.slice(0, nov.indexOf("Punkt 1:"));
    const item7 = nov.slice(nov.indexOf("Punkt 7:"));
    expect(refusal(`${nov}\n\n${header}${item7}`)).toContain("punkt 7 findes");
  });

  it("only warns about one number written twice in one meeting", () => {
    const typo = nov.replace(
      "Punkt 5: CF - Arbejdsgangsbeskrivelse",
      "Punkt 4: CF - Arbejdsgangsbeskrivelse",
    );
    const result = parseMinutesText(typo, "referat.txt");
    expect(result.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 4, 6, 7]);
    expect(result.items[4]?.warnings).toContain("Punkt 4 findes mere end én gang.");
  });

  it("only warns when a last item repeats the first number without a second header", () => {
    const result = parseMinutesText(
      nov.replace("Punkt 7: CF - Eventuelt", "Punkt 1: CF - Eventuelt"),
      "referat.txt",
    );
    expect(result.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 1]);
    expect(result.items[6]?.warnings).toContain("Punkt 1 findes mere end én gang.");
  });
});
