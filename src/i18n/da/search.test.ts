import { describe, expect, it } from "vitest";
import { searchMessages } from "./search.ts";

describe("the search's count", () => {
  it("puts the search text in »…«, unless it was typed in quotation marks already", () => {
    expect(searchMessages.count(1, "budget")).toBe("1 resultat for »budget«");
    expect(searchMessages.count(13, "»ny trafikplan«")).toBe("13 resultater for »ny trafikplan«");
    expect(searchMessages.count(2000, '"møde"')).toBe('2.000 resultater for "møde"');
    expect(searchMessages.empty.intro("„ny plan“")).toBe("Vi fandt intet, der matcher „ny plan“.");
    // A quote at one end only is part of the text.
    expect(searchMessages.count(3, '"budget')).toBe('3 resultater for »"budget«');
  });
});
