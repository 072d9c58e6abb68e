import type { AffixEntry, AffixGroup, AffixIndex, Dictionary, Flags } from "./types.ts";

/** What a form must be: a word on its own (null), or have this flag (a compound part). */
export type Want = number | null;

type Allow = (stemFlags: Flags, entry: AffixEntry) => boolean;

const EMPTY: AffixIndex = new Map();
const has = (flags: Flags, flag: number) => flags.includes(flag);

function passes(dict: Dictionary, flags: Flags, want: Want): boolean {
  if (want !== null) return has(flags, want);
  return !has(flags, dict.flags.needAffix) && !has(flags, dict.flags.onlyInCompound);
}

/** The root an affix entry leaves when removed from `word` (condition not yet tested). */
function rootOf(word: string, entry: AffixEntry): string {
  return entry.kind === "SFX"
    ? word.slice(0, word.length - entry.add.length) + entry.strip
    : entry.strip + word.slice(entry.add.length);
}

const fits = (entry: AffixEntry, root: string) => !entry.condition || entry.condition.test(root);

/**
 * Whether `word` is a dictionary stem plus one suffix entry from `index` that `allow`s it;
 * `then(group, root)` gets a second chance at each root (for two suffixes in a row).
 */
function stemPlusSuffix(
  dict: Dictionary,
  word: string,
  index: AffixIndex,
  allow: Allow,
  then?: (group: AffixGroup, root: string) => boolean,
): boolean {
  const longest = Math.min(dict.maxSuffix, word.length - 1);
  for (let k = 0; k <= longest; k++) {
    const groups = index.get(word.slice(word.length - k));
    if (!groups) continue;
    const base = word.slice(0, word.length - k);
    for (const group of groups) {
      const root = base + group.strip;
      const stems = dict.words.get(root);
      if (stems) {
        for (const entry of group.entries) {
          if (stems.some((flags) => allow(flags, entry)) && fits(entry, root)) return true;
        }
      }
      if (then?.(group, root)) return true;
    }
  }
  return false;
}

/** The continuation flags of every `stem + suffix` reading of `root`. */
function continuationsOf(dict: Dictionary, root: string, allow: Allow): Set<number> {
  const found = new Set<number>();
  const longest = Math.min(dict.maxSuffix, root.length - 1);
  for (let k = 0; k <= longest; k++) {
    const groups = dict.continuers.get(root.slice(root.length - k));
    if (!groups) continue;
    const base = root.slice(0, root.length - k);
    for (const group of groups) {
      const stem = base + group.strip;
      const stems = dict.words.get(stem);
      if (!stems) continue;
      for (const entry of group.entries) {
        if (stems.some((flags) => allow(flags, entry)) && fits(entry, stem)) {
          for (const flag of entry.continuation) found.add(flag);
        }
      }
    }
  }
  return found;
}

/** One suffix, or two when the inner suffix's continuation names the outer one. */
function suffixed(dict: Dictionary, word: string, want: Want, allow: Allow): boolean {
  const index = want === null ? dict.suffixes : (dict.giving.get(want) ?? EMPTY);
  const usable = (entry: AffixEntry) => want !== null || passes(dict, entry.continuation, null);
  const twofold = (group: AffixGroup, root: string): boolean => {
    if (group.continued.length === 0) return false;
    const outer = group.continued.filter(usable);
    if (outer.length === 0) return false;
    const inner = continuationsOf(dict, root, allow);
    return outer.some((entry) => inner.has(entry.flag) && fits(entry, root));
  };
  const outerAllow: Allow = (flags, entry) => usable(entry) && allow(flags, entry);
  return stemPlusSuffix(dict, word, index, outerAllow, twofold);
}

function prefixed(dict: Dictionary, word: string, want: Want): boolean {
  const longest = Math.min(dict.maxPrefix, word.length - 1);
  for (let k = 1; k <= longest; k++) {
    for (const prefix of (dict.prefixes.get(word.slice(0, k)) ?? []).flatMap((g) => g.entries)) {
      const root = rootOf(word, prefix);
      if (root === "" || !fits(prefix, root)) continue;
      const withPrefix = (flags: Flags) => has(flags, prefix.flag);
      const stems = dict.words.get(root);
      if (passes(dict, prefix.continuation, want) && stems?.some(withPrefix)) return true;
      const allow: Allow = (flags, suffix) =>
        withPrefix(flags) &&
        (has(flags, suffix.flag)
          ? prefix.cross && suffix.cross
          : has(prefix.continuation, suffix.flag));
      if (suffixed(dict, root, want, allow)) return true;
    }
  }
  return false;
}

/**
 * Whether some way of building `word` from the dictionary (as written, or a stem with
 * suffixes and prefixes) is what `want` asks for, judged by the flags of the dictionary
 * line for the word itself, or else by the continuation flags of the outermost affix.
 */
export function hasForm(dict: Dictionary, word: string, want: Want): boolean {
  if (dict.words.get(word)?.some((flags) => passes(dict, flags, want))) return true;
  const stemHasSuffix: Allow = (flags, entry) => has(flags, entry.flag);
  return suffixed(dict, word, want, stemHasSuffix) || prefixed(dict, word, want);
}

/** A word the dictionary forbids (a known misspelling, also when it looks like a compound). */
export function isForbidden(dict: Dictionary, word: string): boolean {
  return dict.words.get(word)?.some((flags) => has(flags, dict.flags.forbidden)) ?? false;
}
