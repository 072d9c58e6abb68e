import { hasForm, isForbidden } from "./has-form.ts";
import { casings, isWord } from "./is-word.ts";
import type { Dictionary } from "./types.ts";

const MAX_PARTS = 4;
/** Compounds with a part this short or shorter get the REP-table check. */
const SUSPECT_PART = 4;
/**
 * Two-letter words that begin many compounds (byrum, bymidte, nyvedtagne): allowed as a
 * first part although parts are otherwise at least three letters long.
 */
const SHORT_FIRST_PARTS = new Set(["by", "ny"]);

function canBe(dict: Dictionary, part: string, flag: number): boolean {
  return !isForbidden(dict, part) && hasForm(dict, part, flag);
}

/** Parts of `word` from `start` on; `failed` remembers where that led nowhere. */
function split(
  dict: Dictionary,
  word: string,
  start: number,
  parts: number,
  min: number,
  failed: Set<number>,
): string[] | null {
  const { compoundBegin, compoundMiddle, compoundEnd } = dict.flags;
  const key = start * (MAX_PARTS + 1) + parts;
  if (failed.has(key)) return null;
  const shortFirst = start === 0 && min > 2 && SHORT_FIRST_PARTS.has(word.slice(0, 2));
  for (let end = start + (shortFirst ? 2 : min); end <= word.length - min; end++) {
    const part = word.slice(start, end);
    if (!canBe(dict, part, start === 0 ? compoundBegin : compoundMiddle)) continue;
    const rest = word.slice(end);
    if (canBe(dict, rest, compoundEnd)) return [part, rest];
    if (word.length - end >= 2 * min && parts < MAX_PARTS - 1) {
      const tail = split(dict, word, end, parts + 1, min, failed);
      if (tail) return [part, ...tail];
    }
  }
  failed.add(key);
  return null;
}

/** Hunspell's CHECKCOMPOUNDREP: a compound that is a REP-table slip of a real word is not one. */
function isSlipOfWord(dict: Dictionary, word: string): boolean {
  return dict.replacements.some(({ from, to, start, end }) => {
    if (start || end || !word.includes(from)) return false;
    return isWord(dict, word.replace(from, to));
  });
}

/**
 * Splits a Danish compound into parts the dictionary allows at the start, middle and end
 * of a compound (its COMPOUNDBEGIN/MIDDLE/END flags, which also carry the linking letters:
 * `byråds` + `mødet`, `dagsordens` + `modul`); null when it is not one. Parts are at least
 * `minPart` letters, so that a typo rarely splits into two short words.
 */
export function splitCompound(dict: Dictionary, word: string, minPart = 3): string[] | null {
  for (const candidate of casings(word)) {
    if (isForbidden(dict, candidate)) return null;
    const parts = split(dict, candidate, 0, 1, minPart, new Set());
    if (!parts) continue;
    // Typos that happen to split do so into a short part (Pro+cess for Proces); checking
    // only those halves the time of a first check and rejected the same words in the seeds.
    const suspect = parts.some((part) => part.length <= SUSPECT_PART);
    if (!suspect || !isSlipOfWord(dict, candidate)) return parts;
  }
  return null;
}
