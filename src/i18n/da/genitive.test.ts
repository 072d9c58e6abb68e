import { describe, expect, it } from "vitest";
import { genitive } from "./genitive.ts";

describe("genitive", () => {
  it.each([
    ["Økonomiudvalget", "Økonomiudvalgets"],
    ["Kommunalbestyrelsen", "Kommunalbestyrelsens"],
    ["Chefforum", "Chefforums"],
    ["KommuneMED", "KommuneMEDs"],
    ["Børne- og Ungeudvalg for Tårnby Kommunes", "Børne- og Ungeudvalg for Tårnby Kommunes'"],
    ["Fax", "Fax'"],
  ])("%s -> %s", (name, expected) => {
    expect(genitive(name)).toBe(expected);
  });
});
