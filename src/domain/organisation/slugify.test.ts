import { describe, expect, it } from "vitest";
import { slugify } from "./slugify.ts";

describe("slugify", () => {
  it("spells Danish letters out and joins words with hyphens", () => {
    expect(slugify("Økonomiudvalget")).toBe("oekonomiudvalget");
    expect(slugify("Børne- og Skoleudvalget")).toBe("boerne-og-skoleudvalget");
    expect(slugify("  Kultur, Fritid & Ejendomme ")).toBe("kultur-fritid-ejendomme");
  });
});
