import { parseFlags } from "./parse-affix-file.ts";
import type { Flags } from "./types.ts";

const MORPH_FIELD = /^[a-z]{2}:/;
const NO_FLAGS: Flags = [];

export interface DicFile {
  words: Map<string, Flags[]>;
  misspellings: Map<string, string>;
}

function addWord(words: Map<string, Flags[]>, word: string, flags: Flags): void {
  const homonyms = words.get(word);
  if (homonyms) homonyms.push(flags);
  else words.set(word, [flags]);
}

/**
 * Reads a Hunspell .dic file: `word/flags` followed by morphological fields. Two fields
 * matter here: `al:` (allomorphs, the irregular forms: `have al:har`, `være al:været`),
 * added as plain words, which nspell drops; and `ph:` (a common misspelling of the word),
 * kept for suggestions.
 */
export function parseDicFile(text: string): DicFile {
  const words = new Map<string, Flags[]>();
  const misspellings = new Map<string, string>();
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const tokens = (lines[i] as string).trim().split(/\s+/);
    const fieldAt = tokens.findIndex((t) => MORPH_FIELD.test(t));
    const head = (fieldAt < 0 ? tokens : tokens.slice(0, fieldAt)).join(" ");
    if (head === "" || head.startsWith("#")) continue;
    const slash = /^(.+?)\/([\d,]+)$/.exec(head);
    const word = (slash ? (slash[1] as string) : head).replace(/^"(.*)"$/, "$1");
    addWord(words, word, slash ? parseFlags(slash[2]) : NO_FLAGS);
    if (fieldAt < 0) continue;
    for (const field of tokens.slice(fieldAt)) {
      const value = field.slice(3);
      if (value === "") continue;
      if (field.startsWith("al:") && !words.has(value)) addWord(words, value, NO_FLAGS);
      else if (field.startsWith("ph:")) misspellings.set(value, word);
    }
  }
  return { words, misspellings };
}
