import { describe, expect, it } from "vitest";
import { searchMessages } from "./search.ts";

describe("the search's count", () => {
  it("puts the search text in »…«, unless it was typed in quotation marks already", () => {
    const words = (w: string) => ({ words: w });
    expect(searchMessages.count(1, words("budget"))).toBe("1 resultat for »budget«");
    expect(searchMessages.count(13, words("»ny trafikplan«"))).toBe(
      "13 resultater for »ny trafikplan«",
    );
    expect(searchMessages.count(2000, words('"møde"'))).toBe('2.000 resultater for "møde"');
    expect(searchMessages.empty.intro("„ny plan“", false)).toBe(
      "Vi fandt intet, der matcher „ny plan“.",
    );
    // A quote at one end only is part of the text.
    expect(searchMessages.count(3, words('"budget'))).toBe('3 resultater for »"budget«');
  });

  it("names a journal number as one, and filters alone not at all", () => {
    expect(searchMessages.count(84, { journal: "00.01" })).toBe(
      "84 resultater med journalnummer, der begynder med »00.01«",
    );
    expect(searchMessages.count(5, null)).toBe("5 resultater");
    expect(searchMessages.empty.intro("lokalplan", true)).toBe(
      "Vi fandt intet, der matcher »lokalplan« inden for de valgte afgrænsninger.",
    );
  });
});
