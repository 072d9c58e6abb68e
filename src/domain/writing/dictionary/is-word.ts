import { hasForm, isForbidden } from "./has-form.ts";
import type { Dictionary } from "./types.ts";

/**
 * The spellings to look up for a word as written, in Hunspell's way: "Kommunen" may be
 * "kommunen" at the start of a sentence, "KOMMUNEN" may be "kommunen" or "Albertslund".
 */
export function casings(word: string): string[] {
  const lower = word.toLowerCase();
  if (word === lower) return [word];
  const capitalised = (word[0] ?? "") + lower.slice(1);
  if (word === word.toUpperCase()) return [word, lower, capitalised];
  if (word === capitalised) return [word, lower];
  return [word];
}

/** A word the dictionary knows on its own (not as a compound of other words). */
export function isWord(dict: Dictionary, word: string): boolean {
  return casings(word).some((w) => !isForbidden(dict, w) && hasForm(dict, w, null));
}
