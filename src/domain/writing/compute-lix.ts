import { type TokenizedText, tokenizeText } from "./tokenize-text.ts";

export type LixScale = "veryEasy" | "easy" | "medium" | "hard" | "veryHard";

export interface LixCounts {
  words: number;
  sentences: number;
  /** Words of more than six letters (digits and hyphens are not letters). */
  longWords: number;
}

export interface Lix extends LixCounts {
  /** Rounded to one decimal; 0 for a text without words. */
  lix: number;
  scale: LixScale;
  /** Whether the text is long enough for its LIX to say anything (lixApplies); else not shown. */
  applies: boolean;
}

/**
 * Below 30 words LIX says little: one long word or one sentence more moves it a whole step on
 * the scale. Fields (and cases) that short are shown without it, with the reason.
 */
export const MIN_LIX_WORDS = 30;

export const lixApplies = (counts: Pick<LixCounts, "words">) => counts.words >= MIN_LIX_WORDS;

const LETTER = /\p{L}/gu;

/** The standard Danish scale: < 25 meget let, 25-34 let, 35-44 middel, 45-54 svær, ≥ 55. */
export function lixScale(lix: number): LixScale {
  if (lix < 25) return "veryEasy";
  if (lix < 35) return "easy";
  if (lix < 45) return "medium";
  if (lix < 55) return "hard";
  return "veryHard";
}

/** LIX from counts; a case's LIX is that of its fields' counts summed, not an average. */
export function lixFromCounts(counts: LixCounts): Lix {
  const { words, sentences, longWords } = counts;
  const value = words === 0 ? 0 : words / Math.max(sentences, 1) + (100 * longWords) / words;
  const lix = Math.round(value * 10) / 10;
  return { words, sentences, longWords, lix, scale: lixScale(lix), applies: lixApplies(counts) };
}

export function addCounts(parts: LixCounts[]): LixCounts {
  return parts.reduce(
    (sum, part) => ({
      words: sum.words + part.words,
      sentences: sum.sentences + part.sentences,
      longWords: sum.longWords + part.longWords,
    }),
    { words: 0, sentences: 0, longWords: 0 },
  );
}

/**
 * LIX = words / sentences + 100 × long words / words. A word is a run of letters and digits,
 * inner hyphens, periods and apostrophes included ("APV-måling", "f.eks.", "2.500" are one
 * word each; numbers count as words but never as long ones); a sentence ends at . ! ? : or
 * at the end of a line, paragraph, heading, list item or table cell, but not after an
 * abbreviation such as "f.eks.", "jf." or "kl.", nor at a period followed by a small letter
 * or a digit ("d. 25. november", "5 mio. kr."). URLs and e-mail addresses are left out.
 */
export function computeLix(text: string): Lix {
  return lixFromCounts(lixCounts(tokenizeText(text)));
}

/** The LIX counts of a tokenized text. */
export function lixCounts({ tokens, sentences }: TokenizedText): LixCounts {
  const longWords = tokens.filter((t) => (t.text.match(LETTER)?.length ?? 0) > 6).length;
  return { words: tokens.length, sentences, longWords };
}
