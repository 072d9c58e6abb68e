import { isWord } from "./is-word.ts";
import { splitCompound } from "./split-compound.ts";
import type { Dictionary } from "./types.ts";

export interface SuggestOptions {
  limit?: number;
  /** At most this many compound candidates are split (the slow part). */
  compoundTries?: number;
}

/** A candidate and where its edit is (compounds are only suggested for edits past the start). */
type Candidate = [word: string, at: number];

/** The likeliest slips: REP table, a doubled or lost letter, swapped or neighbouring keys. */
function* likely(dict: Dictionary, word: string): Generator<Candidate> {
  for (const { from, to, start, end } of dict.replacements) {
    for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
      if ((start && at !== 0) || (end && at + from.length !== word.length)) continue;
      yield [word.slice(0, at) + to + word.slice(at + from.length), at];
    }
  }
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    yield [word.slice(0, i + 1) + c + word.slice(i + 1), i];
    yield [word.slice(0, i) + word.slice(i + 1), i];
    if (i + 1 < word.length) yield [word.slice(0, i) + word[i + 1] + c + word.slice(i + 2), i];
    for (const row of dict.keyboard) {
      const k = row.indexOf(c);
      for (const near of k < 0 ? [] : [row[k - 1], row[k + 1]]) {
        if (near) yield [word.slice(0, i) + near + word.slice(i + 1), i];
      }
    }
  }
}

/** Any letter added or replaced. */
function* other(word: string, letters: string[]): Generator<Candidate> {
  for (let i = 0; i <= word.length; i++) {
    for (const c of letters) yield [word.slice(0, i) + c + word.slice(i), i];
  }
  for (let i = 0; i < word.length; i++) {
    for (const c of letters) if (c !== word[i]) yield [word.slice(0, i) + c + word.slice(i + 1), i];
  }
}

const capitalise = (w: string) => (w[0] ?? "").toUpperCase() + w.slice(1);

/**
 * Spelling suggestions for a word the dictionary does not know: its known misspellings
 * (the .dic's ph: fields), then words one likely slip away, then one letter away. Compounds
 * are suggested only for likely slips, when every part has four letters or more and the
 * first two letters are kept: the dictionary's own compounds make nonsense suggestions
 * otherwise (its .aff turns compound suggestions off for that reason).
 */
export function suggestWords(
  dict: Dictionary,
  word: string,
  { limit = 5, compoundTries = 40 }: SuggestOptions = {},
): string[] {
  const capitalised = word.length > 1 && word === capitalise(word.toLowerCase());
  const base = capitalised ? word.toLowerCase() : word;
  const found: string[] = [];
  const known = dict.misspellings.get(base) ?? dict.misspellings.get(word);
  if (known) found.push(known);
  const letters = [...dict.tryCharacters].filter((c) => /\p{Ll}/u.test(c));
  const tried = new Set<string>([base]);
  // Compounds only for the likely slips: splitting is slow, and any-letter edits of a long
  // word are many (about 50 per letter).
  for (const [group, tries] of [
    [likely(dict, base), compoundTries],
    [other(base, letters), 0],
  ] as const) {
    const compounds: string[] = [];
    for (const [candidate, at] of group) {
      if (found.length >= limit) break;
      if (tried.has(candidate)) continue;
      tried.add(candidate);
      if (isWord(dict, candidate)) found.push(candidate);
      else if (at >= 2 && !candidate.includes(" ")) compounds.push(candidate);
    }
    for (const candidate of compounds.slice(0, tries)) {
      if (found.length >= limit) break;
      if (splitCompound(dict, candidate, 4)) found.push(candidate);
    }
  }
  return found.slice(0, limit).map((w) => (capitalised ? capitalise(w) : w));
}
