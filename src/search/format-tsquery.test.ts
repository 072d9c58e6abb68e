import { describe, expect, it } from "vitest";
import {
  formatTsquery,
  quoteLexeme,
  type StemmedTerm,
  type StemmedWord,
} from "./format-tsquery.ts";

describe("formatTsquery", () => {
  const word = (lexemes: string[], alternatives: string[] = []) => ({ lexemes, alternatives });
  const term = (w: StemmedTerm["words"], negated = false): StemmedTerm => ({ words: w, negated });

  it("matches stems as prefixes and adds the wider forms", () => {
    expect(formatTsquery([[term([word(["godk"])])]])).toBe("'godk':*");
    expect(formatTsquery([[term([word(["mød"], ["byrådsmød", "temamød"])])]])).toBe(
      "('mød':* | 'byrådsmød' | 'temamød')",
    );
    expect(formatTsquery([[term([word(["at"])])]])).toBe("'at'");
    expect(formatTsquery([[term([word(["2025"])])]])).toBe("'2025'");
  });

  it("also finds a compound's two words near each other, in either order", () => {
    const byraadsmoede: StemmedWord = {
      lexemes: ["byrådsmød"],
      alternatives: [],
      parts: ["byråd", "mød"],
    };
    expect(formatTsquery([[term([byraadsmoede])]])).toBe(
      "('byrådsmød':* | 'byråd' <-> 'mød' | 'byråd' <2> 'mød' | 'mød' <-> 'byråd' | 'mød' <2> 'byråd')",
    );
  });

  it("lists the longer words one by one instead of a prefix when the index has few", () => {
    const godkende = { lexemes: ["godk"], alternatives: ["godkend", "godkendels"], exact: true };
    expect(formatTsquery([[term([godkende])]])).toBe("('godk' | 'godkend' | 'godkendels')");
  });

  it("keeps a phrase in order with the gap a stop word leaves", () => {
    const phrase = term([word(["godkend"]), word([]), word(["dagsord"])]);
    expect(formatTsquery([[phrase]])).toBe("('godkend':* <2> 'dagsord':*)");
  });

  it("joins alternatives and clauses, and excludes negated terms", () => {
    const query = formatTsquery([
      [term([word(["budg"])]), term([word(["skat"])])],
      [term([word(["drift"])], true)],
    ]);
    expect(query).toBe("('budg':* | 'skat':*) & !'drift':*");
  });

  it("answers null when nothing must match", () => {
    expect(formatTsquery([])).toBeNull();
    expect(formatTsquery([[term([word([])])]])).toBeNull();
    expect(formatTsquery([[term([word(["budg"])], true)]])).toBeNull();
  });

  it("quotes lexemes so that no character acts as syntax", () => {
    expect(quoteLexeme("a'b\\c")).toBe("'a''b\\\\c'");
  });
});
