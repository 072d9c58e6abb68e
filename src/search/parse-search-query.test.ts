import fc from "fast-check";
import { describe, expect, it } from "vitest";
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

  it("marks a quoted word as wanted exactly, and words outside quotes or in a phrase not", () => {
    const [quoted, loose, phrase] = parseSearchQuery('"møde" råd "byrådets møde"').clauses.flat();
    expect(quoted?.exact).toBe(true);
    expect(loose?.exact).toBeUndefined();
    // A phrase's words keep their inflections (godkende, godkendte).
    expect(phrase?.exact).toBeUndefined();
  });

  it("reads a phrase in Danish, typographic or iPad quotation marks as in straight ones", () => {
    const phrase = fc.array(fc.constantFrom("børn", "og", "unge", "2026", "plan"), {
      minLength: 1,
      maxLength: 4,
    });
    const marks = fc.constantFrom(["»", "«"], ["“", "”"], ["„", "“"], ["«", "»"]);
    fc.assert(
      fc.property(phrase, phrase, marks, (inside, outside, [open, close]) => {
        const straight = `${outside.join(" ")} "${inside.join(" ")}"`;
        const curly = `${outside.join(" ")} ${open}${inside.join(" ")}${close}`;
        expect(words(curly)).toEqual(words(straight));
      }),
    );
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

  it("also reads aa, ae and oe as å, æ and ø, as an alternative or one more exclusion", () => {
    expect(words("Aabenraa boern skole")).toEqual([
      [["aabenraa"], ["åbenrå"]],
      [["boern"], ["børn"]],
      [["skole"]],
    ]);
    expect(words('"aeldre omraadet" OR pleje')).toEqual([
      [["aeldre", "omraadet"], ["pleje"], ["ældre", "området"]],
    ]);
    expect(parseSearchQuery("budget -groenland").clauses).toEqual([
      [{ words: ["budget"], negated: false }],
      [{ words: ["groenland"], negated: true }],
      [{ words: ["grønland"], negated: true }],
    ]);
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
