import { describe, expect, it } from "vitest";
import { readSeed, SEED_FILES } from "../../../test/fixtures/import/seeds.ts";
import { parseMinutesText } from "../../import/text/parse-minutes.ts";
import { scanParsedMinutes } from "./scan-parsed-minutes.ts";

describe("scanParsedMinutes (import --json privacy)", () => {
  it("reports nothing for the real seed minutes", () => {
    for (const name of Object.values(SEED_FILES)) {
      expect(scanParsedMinutes(parseMinutesText(readSeed(name), name))).toEqual([]);
    }
  });

  it("reports a CPR number by item and place, never printing the serial", () => {
    const text = readSeed(SEED_FILES.chefforum2021Nov).replace(
      "Anledning",
      "Anledning\nBorgeren med CPR 070761-4285 klager.\n",
    );
    const parsed = parseMinutesText(text, "x.txt");
    const found = scanParsedMinutes(parsed);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toEqual({
      item: parsed.items[0]?.number,
      place: expect.any(String),
      shown: "070761-XXXX",
      form: "hyphen",
      modulus11: true,
    });
    expect(JSON.stringify(found)).not.toContain("4285");
  });
});
