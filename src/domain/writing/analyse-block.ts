import { findCprNumbers } from "../privacy/find-cpr-numbers.ts";
import { type LixCounts, lixCounts } from "./compute-lix.ts";
import { isSpelledRight, namesIn } from "./find-misspellings.ts";
import type { Speller } from "./speller.ts";
import { type Token, tokenizeText } from "./tokenize-text.ts";

/** What the writing check needs of one paragraph, heading or cell; cached by its text. */
export interface BlockAnalysis {
  counts: LixCounts;
  /** Capitalised words inside its sentences: names. */
  names: Set<string>;
  /** Words not known without help from the names of the rest of the case. */
  unknown: Token[];
  /** CPR numbers in it, as written, with their offsets. */
  cpr: { number: string; offset: number }[];
}

const NO_NAMES = new Set<string>();
/** Paragraph texts kept per speller; enough for many cases, forgotten all at once beyond. */
const MAX_CACHED_BLOCKS = 50_000;

/**
 * Tokenizes and spell-checks one block, or returns the result of the last time this text
 * was seen: typing changes one paragraph, so a repeated check of a case redoes only that.
 */
export function analyseBlock(speller: Speller, text: string): BlockAnalysis {
  const cached = speller.blocks.get(text);
  if (cached) return cached;
  const tokenized = tokenizeText(text);
  const analysis: BlockAnalysis = {
    counts: lixCounts(tokenized),
    names: namesIn(tokenized.tokens),
    unknown: tokenized.tokens.filter((token) => !isSpelledRight(speller, token, NO_NAMES)),
    cpr: findCprNumbers(text).map((f) => ({ number: text.slice(f.start, f.end), offset: f.start })),
  };
  if (speller.blocks.size >= MAX_CACHED_BLOCKS) speller.blocks.clear();
  speller.blocks.set(text, analysis);
  return analysis;
}
