import { findMisspellings } from "./find-misspellings.ts";
import type { Speller } from "./speller.ts";
import { suggestSpelling } from "./suggest-spelling.ts";

/** Where a word occurs: the offset in a text, or in the text block at `path` of `field`. */
export interface Occurrence {
  offset: number;
  path?: number[];
  field?: string;
}

export interface SpellingFinding {
  word: string;
  suggestions: string[];
  occurrences: Occurrence[];
}

/** Groups unknown words by spelling, with their suggestions (computed once per word). */
export function groupMisspellings(
  speller: Speller,
  found: { word: string; at: Occurrence }[],
  suggest = true,
): SpellingFinding[] {
  const byWord = new Map<string, SpellingFinding>();
  for (const { word, at } of found) {
    const finding = byWord.get(word);
    if (finding) finding.occurrences.push(at);
    else {
      const suggestions = suggest ? suggestSpelling(speller, word) : [];
      byWord.set(word, { word, suggestions, occurrences: [at] });
    }
  }
  return [...byWord.values()];
}

/** The unknown words of a text, each once with its suggestions and every offset. */
export function checkSpelling(text: string, speller: Speller): SpellingFinding[] {
  const found = findMisspellings(text, speller).map(({ word, offset }) => ({
    word,
    at: { offset },
  }));
  return groupMisspellings(speller, found);
}
