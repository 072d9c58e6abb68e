import { isCompoundStart, isKnownWord } from "./is-known-word.ts";
import type { Speller } from "./speller.ts";
import { type Token, tokenizeText } from "./tokenize-text.ts";

export interface Misspelling {
  word: string;
  /** Offset in the text. */
  offset: number;
}

const DIGIT = /\p{N}/u;
/** Abbreviations in capitals, up to six letters, also with a genitive s: KKR, ØU, SBSYS's. */
const ABBREVIATION = /^\p{Lu}{2,6}(?:['’]?s)?$/u;
/** A capital after a small letter: product and organisation names (KommuneMED, OneDrive). */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const NAME = /^\p{Lu}\p{Ll}+(?:['’]s)?$/u;

/**
 * Capitalised words seen where a sentence does not begin: names. At the start of a
 * sentence the same word is then also taken as a name ("Sidsel og Helene gennemgik").
 */
export function namesIn(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((t) => !t.sentenceStart && NAME.test(t.text)).map((t) => t.text));
}

function isFine(speller: Speller, word: string, atStart: boolean, names: Set<string>): boolean {
  if (word === "" || DIGIT.test(word) || ABBREVIATION.test(word) || INNER_CAPITAL.test(word)) {
    return true;
  }
  if (isKnownWord(speller, word)) return true;
  return NAME.test(word) && (!atStart || names.has(word));
}

/** Whether a token is spelled right, by the rules in the comments above. */
export function isSpelledRight(speller: Speller, token: Token, names: Set<string>): boolean {
  const { text, dotted, sentenceStart } = token;
  if (dotted && isKnownWord(speller, `${text}.`)) return true; // f.eks., kl., bl.a.
  if (isFine(speller, text, sentenceStart, names)) return true;
  const parts = text.split("-");
  if (parts.length === 1) return false;
  // APV-måling, Coop-byen, IT-hjælpedesk, "Børne- og Skoleudvalget": each part on its own.
  return parts.every((part, i) => {
    if (part === "") return i === parts.length - 1;
    // CPR-nr., Jf.-henvisning: an abbreviation's period belongs to the last part.
    if (dotted && i === parts.length - 1 && isKnownWord(speller, `${part}.`)) return true;
    if (i < parts.length - 1 && !DIGIT.test(part) && isCompoundStart(speller, part)) return true;
    return isFine(speller, part, sentenceStart && i === 0, names);
  });
}

/** The words of `text` the speller does not accept, with their offsets. */
export function findMisspellings(
  text: string,
  speller: Speller,
  names?: Set<string>,
): Misspelling[] {
  const { tokens } = tokenizeText(text);
  const known = names ?? namesIn(tokens);
  return tokens
    .filter((token) => !isSpelledRight(speller, token, known))
    .map((token) => ({ word: token.text, offset: token.start }));
}
