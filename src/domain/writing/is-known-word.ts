import { hasForm } from "./dictionary/has-form.ts";
import { isWord } from "./dictionary/is-word.ts";
import { splitCompound } from "./dictionary/split-compound.ts";
import type { Speller } from "./speller.ts";

/** Words remembered per speller; beyond this the cache starts over (a server runs for long). */
const MAX_CACHED_WORDS = 200_000;

/** A word the speller knows: on its own, or as a compound of known parts (cached). */
export function isKnownWord(speller: Speller, word: string): boolean {
  const cached = speller.known.get(word);
  if (cached !== undefined) return cached;
  const dict = speller.dictionary;
  const known = isWord(dict, word) || splitCompound(dict, word) !== null;
  if (speller.known.size >= MAX_CACHED_WORDS) speller.known.clear();
  speller.known.set(word, known);
  return known;
}

/** A word that may begin a compound, written with a hyphen before "og": "Børne- og …". */
export function isCompoundStart(speller: Speller, word: string): boolean {
  const dict = speller.dictionary;
  const lower = word.toLowerCase();
  return hasForm(dict, lower, dict.flags.compoundBegin) || isKnownWord(speller, word);
}
