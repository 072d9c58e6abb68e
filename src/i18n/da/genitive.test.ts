import { describe, expect, it } from "vitest";
import { genitive } from "./genitive.ts";
import { rosterMessages } from "./roster.ts";

describe("genitive", () => {
  it.each([
    ["Økonomiudvalget", "Økonomiudvalgets"],
    ["Kommunalbestyrelsen", "Kommunalbestyrelsens"],
    ["Chefforum", "Chefforums"],
    ["KommuneMED", "KommuneMEDs"],
    ["Børne- og Ungeudvalg for Tårnby Kommunes", "Børne- og Ungeudvalg for Tårnby Kommunes'"],
    ["Fax", "Fax'"],
    ["Tina Friis", "Tina Friis'"],
  ])("%s -> %s", (name, expected) => {
    expect(genitive(name)).toBe(expected);
  });

  it("names a person's membership on the roster", () => {
    expect(rosterMessages.page.endSubmit("Tina Friis")).toBe("Afslut Tina Friis' medlemskab");
    expect(rosterMessages.page.endSubmit("Anne Hansen")).toBe("Afslut Anne Hansens medlemskab");
  });
});
