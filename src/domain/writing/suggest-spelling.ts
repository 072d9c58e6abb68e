import { suggestWords } from "./dictionary/suggest-words.ts";
import type { Speller } from "./speller.ts";

/** Up to five suggestions for an unknown word, computed once per word and speller. */
export function suggestSpelling(speller: Speller, word: string): string[] {
  let found = speller.suggestions.get(word);
  if (!found) {
    found = suggestWords(speller.dictionary, word, { limit: 5 });
    speller.suggestions.set(word, found);
  }
  return found;
}
