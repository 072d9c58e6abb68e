import type { AffixEntry, AffixIndex, Dictionary, Flags, SpecialFlags } from "./types.ts";

export type AffixFile = Omit<Dictionary, "words" | "misspellings">;

/** "10,11,2" -> [10, 11, 2] (the dictionary uses FLAG num). */
export function parseFlags(text: string | undefined): Flags {
  if (!text) return [];
  return text
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n));
}

function condition(kind: AffixEntry["kind"], text: string | undefined): RegExp | null {
  if (!text || text === ".") return null;
  return new RegExp(kind === "SFX" ? `${text}$` : `^${text}`, "u");
}

function addEntry(index: AffixIndex, entry: AffixEntry): void {
  const groups = index.get(entry.add) ?? [];
  if (groups.length === 0) index.set(entry.add, groups);
  const group = groups.find((g) => g.strip === entry.strip);
  if (group) group.entries.push(entry);
  else groups.push({ strip: entry.strip, entries: [entry], continued: [] });
}

const entriesOf = (index: AffixIndex) =>
  [...index.values()].flat().flatMap((group) => group.entries);

const SPECIAL: Record<string, keyof SpecialFlags> = {
  FORBIDDENWORD: "forbidden",
  NEEDAFFIX: "needAffix",
  ONLYINCOMPOUND: "onlyInCompound",
  COMPOUNDBEGIN: "compoundBegin",
  COMPOUNDMIDDLE: "compoundMiddle",
  COMPOUNDEND: "compoundEnd",
  NOSUGGEST: "noSuggest",
};

/** Reads the parts of a Hunspell .aff file that checking and suggesting need. */
export function parseAffixFile(text: string): AffixFile {
  const result: AffixFile = {
    suffixes: new Map(),
    prefixes: new Map(),
    continuing: new Map(),
    continuers: new Map(),
    giving: new Map(),
    maxSuffix: 0,
    maxPrefix: 0,
    flags: {
      forbidden: -1,
      needAffix: -1,
      onlyInCompound: -1,
      compoundBegin: -1,
      compoundMiddle: -1,
      compoundEnd: -1,
      noSuggest: -1,
    },
    replacements: [],
    keyboard: [],
    tryCharacters: "",
  };
  const cross = new Map<string, boolean>();
  for (const line of text.split("\n")) {
    const parts = line.trim().split(/\s+/);
    const [type, first, second, third, fourth] = parts;
    if (!type || !first) continue;
    const special = SPECIAL[type];
    if (special) result.flags[special] = Number(first);
    else if (type === "KEY") result.keyboard = first.split("|");
    else if (type === "TRY") result.tryCharacters = first;
    else if (type === "REP" && second !== undefined) {
      const from = first.replace(/^\^/, "").replace(/\$$/, "");
      result.replacements.push({
        from,
        to: second.replaceAll("_", " "),
        start: first.startsWith("^"),
        end: first.endsWith("$"),
      });
    } else if ((type === "SFX" || type === "PFX") && second !== undefined) {
      const key = `${type}${first}`;
      if (!cross.has(key)) {
        cross.set(key, second === "Y");
        continue;
      }
      const [add = "", cont] = (third ?? "").split("/");
      const entry: AffixEntry = {
        kind: type,
        flag: Number(first),
        cross: cross.get(key) ?? false,
        strip: second === "0" ? "" : second,
        add: add === "0" ? "" : add,
        continuation: parseFlags(cont),
        condition: condition(type, fourth),
      };
      if (type === "SFX") {
        addEntry(result.suffixes, entry);
        result.maxSuffix = Math.max(result.maxSuffix, entry.add.length);
      } else {
        addEntry(result.prefixes, entry);
        result.maxPrefix = Math.max(result.maxPrefix, entry.add.length);
      }
    }
  }
  indexContinuations(result);
  for (const index of [result.suffixes, ...result.giving.values()]) {
    for (const group of [...index.values()].flat()) {
      group.continued = group.entries.filter((entry) => result.continuing.has(entry.flag));
    }
  }
  return result;
}

/**
 * Indexes suffix entries by a flag in their continuation: the suffix flags (two suffixes in
 * a row) and the compound flags (a form that may begin, continue or end a compound).
 */
function indexContinuations(result: AffixFile): void {
  const entries = entriesOf(result.suffixes);
  const suffixFlags = new Set(entries.map((e) => e.flag));
  const { compoundBegin, compoundMiddle, compoundEnd } = result.flags;
  const compoundFlags = new Set([compoundBegin, compoundMiddle, compoundEnd]);
  for (const entry of entries) {
    for (const flag of entry.continuation) {
      const target = suffixFlags.has(flag)
        ? result.continuing
        : compoundFlags.has(flag)
          ? result.giving
          : null;
      if (!target) continue;
      if (target === result.continuing && !entriesOf(result.continuers).includes(entry)) {
        addEntry(result.continuers, entry);
      }
      const index = target.get(flag) ?? new Map();
      target.set(flag, index);
      addEntry(index, entry);
    }
  }
}
