import { describe, expect, it } from "vitest";
import { formatTsquery, quoteLexeme, type StemmedTerm } from "./format-tsquery.ts";
import {
  hasPositiveTerm,
  MAX_QUERY_WORDS,
  MAX_WORD_CHARS,
  parseSearchQuery,
} from "./parse-search-query.ts";

const words = (raw: string) => parseSearchQuery(raw).clauses.map((c) => c.map((t) => t.words));

describe("parseSearchQuery", () => {
  it("reads words in lower case, all of which must match", () => {
    expect(words("Budget  Skolereform")).toEqual([[["budget"]], [["skolereform"]]]);
  });

  it("keeps Danish letters and digits, and nothing else", () => {
    expect(words("Økonomiudvalget 2025 æble-grød")).toEqual([
      [["økonomiudvalget"]],
      [["2025"]],
      [["æble", "grød"]],
    ]);
  });

  it("turns SQL and tsquery syntax into plain words", () => {
    for (const raw of [
      "'; drop table meetings; --",
      "budget & !skat",
      "budg:* <-> skat",
      "a | b (c) \\ ' \" ",
      "1=1 OR 'x'='x'",
      "<mark>budget</mark>",
    ]) {
      const parsed = parseSearchQuery(raw);
      for (const word of parsed.clauses.flat().flatMap((t) => t.words)) {
        expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
      }
    }
    expect(words("budget & !skat")).toEqual([[["budget"]], [["skat"]]]);
    expect(words("budg:* <-> skat")).toEqual([[["budg"]], [["skat"]]]);
  });

  it("reads a quoted phrase, and an unbalanced quote as a phrase to the end", () => {
    expect(words('"godkendelse af dagsorden" referat')).toEqual([
      [["godkendelse", "af", "dagsorden"]],
      [["referat"]],
    ]);
    expect(words('budget "trafik plan')).toEqual([[["budget"]], [["trafik", "plan"]]]);
    expect(words('"""')).toEqual([]);
  });

  it("excludes words with a minus and joins alternatives with OR or ELLER", () => {
    const parsed = parseSearchQuery("budget OR skat ELLER afgift -drift");
    expect(parsed.clauses).toEqual([
      [
        { words: ["budget"], negated: false },
        { words: ["skat"], negated: false },
        { words: ["afgift"], negated: false },
      ],
      [{ words: ["drift"], negated: true }],
    ]);
    expect(hasPositiveTerm(parsed)).toBe(true);
    expect(hasPositiveTerm(parseSearchQuery("-budget -skat"))).toBe(false);
    expect(words("OR OR budget OR")).toEqual([[["budget"]]]);
  });

  it("bounds 10 000 characters to a few short words", () => {
    const parsed = parseSearchQuery("ord ".repeat(2500));
    expect(parsed.truncated).toBe(true);
    expect(parsed.clauses.flat().flatMap((t) => t.words)).toHaveLength(MAX_QUERY_WORDS);
    const long = parseSearchQuery("x".repeat(10_000));
    expect(long.clauses.flat()[0]?.words[0]).toHaveLength(MAX_WORD_CHARS);
    expect(long.truncated).toBe(true);
  });

  it("answers nothing to search for when there are no words", () => {
    for (const raw of ["", "   ", "&&& !!! :* <->", "'\"'", "-"]) {
      expect(hasPositiveTerm(parseSearchQuery(raw))).toBe(false);
    }
  });
});

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
