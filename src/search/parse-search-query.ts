/**
 * The user's search text as plain words: letters and digits only, lower case. Nothing of the
 * text reaches the database as syntax; the tsquery is built from these words (build-tsquery.ts).
 *
 * Understood: words (all must match), "a phrase" (or »a phrase«, “a phrase”; a quoted word
 * finds that word only, not longer ones that begin with it), -word (must not match), OR / ELLER
 * between
 * two words or phrases. Everything else (&, |, !, :*, <->, parentheses, quotes left open) is a
 * word separator; an unbalanced quote runs to the end of the text. A word written with aa, ae
 * or oe for å, æ or ø (a keyboard without them, an old spelling) also matches as spelled with
 * the Danish letters: `boern` finds `børn`, `Aabenraa` finds `Åbenrå`.
 */

/** A word, or several words that must stand together (a quoted phrase, a hyphenated word). */
export interface QueryTerm {
  words: string[];
  negated: boolean;
  /** A quoted word: as typed (stemmed as the index stems it), not as the start of longer ones. */
  exact?: true;
}

export interface ParsedQuery {
  /** All clauses must match; a clause matches when one of its terms does. */
  clauses: QueryTerm[][];
  /** Words beyond MAX_QUERY_WORDS, or characters beyond MAX_QUERY_CHARS, were left out. */
  truncated: boolean;
}

/** The longest search text read; the route answers 400 to longer ones. */
export const MAX_QUERY_CHARS = 1000;
/** Words used from one query. */
export const MAX_QUERY_WORDS = 10;
/** Longer words are cut: no Danish word needs more, and stems of junk stay short. */
export const MAX_WORD_CHARS = 40;

const WORD = /[\p{L}\p{N}]+/gu;
const OR_WORDS = new Set(["OR", "ELLER", "eller"]);

function wordsOf(text: string): string[] {
  return (text.normalize("NFC").match(WORD) ?? []).map((w) =>
    w.toLocaleLowerCase("da-DK").slice(0, MAX_WORD_CHARS),
  );
}

type Token = { kind: "term"; term: QueryTerm } | { kind: "or" };

/**
 * Quotation marks that open or close a phrase as " does: an iPad writes “…”, Danish text
 * »…« or „…“, and a phrase pasted from a document keeps them.
 */
const QUOTES = /[“”„‟»«″]/g;

/** Splits the text into quoted phrases and whitespace-separated chunks. */
function tokens(text: string): Token[] {
  const result: Token[] = [];
  const parts = text.replace(QUOTES, '"').split('"');
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      // Inside quotes (or after an unbalanced one): one phrase, never negated.
      const words = wordsOf(part);
      // A single word in quotes is wanted as typed; a phrase keeps each word's inflections.
      if (words.length === 1)
        result.push({ kind: "term", term: { words, negated: false, exact: true } });
      else if (words.length > 1) result.push({ kind: "term", term: { words, negated: false } });
      return;
    }
    for (const chunk of part.split(/\s+/u)) {
      if (OR_WORDS.has(chunk)) {
        result.push({ kind: "or" });
        continue;
      }
      const words = wordsOf(chunk);
      if (words.length === 0) continue;
      result.push({ kind: "term", term: { words, negated: chunk.startsWith("-") } });
    }
  });
  return result;
}

const DANISH_LETTERS: [string, string][] = [
  ["aa", "å"],
  ["ae", "æ"],
  ["oe", "ø"],
];

/** The term with aa, ae and oe written as å, æ and ø, or null when it has none of them. */
function withDanishLetters(term: QueryTerm): QueryTerm | null {
  const words = term.words.map((word) =>
    DANISH_LETTERS.reduce((w, [pair, letter]) => w.replaceAll(pair, letter), word),
  );
  return words.some((w, i) => w !== term.words[i]) ? { ...term, words } : null;
}

/**
 * Each term also as spelled with å, æ and ø: an alternative in its clause, or for an excluded
 * term one more exclusion (it stands alone in its clause).
 */
function addDanishSpellings(clauses: QueryTerm[][]): QueryTerm[][] {
  return clauses.flatMap((clause) => {
    const spelled = clause.flatMap((term) => withDanishLetters(term) ?? []);
    if (clause.some((term) => term.negated)) return [clause, ...spelled.map((term) => [term])];
    return [[...clause, ...spelled]];
  });
}

/** Turns search text into clauses of safe words; never throws. */
export function parseSearchQuery(raw: string): ParsedQuery {
  let truncated = raw.length > MAX_QUERY_CHARS;
  const clauses: QueryTerm[][] = [];
  let budget = MAX_QUERY_WORDS;
  let joinNext = false;
  for (const token of tokens(raw.slice(0, MAX_QUERY_CHARS))) {
    if (token.kind === "or") {
      joinNext = clauses.length > 0;
      continue;
    }
    const term = token.term;
    if (budget <= 0) {
      truncated = true;
      break;
    }
    if (term.words.length > budget) {
      term.words = term.words.slice(0, budget);
      truncated = true;
    }
    budget -= term.words.length;
    const last = clauses.at(-1);
    const lastNegated = last?.some((t) => t.negated) ?? true;
    if (joinNext && last && !term.negated && !lastNegated) last.push(term);
    else clauses.push([term]);
    joinNext = false;
  }
  return { clauses: addDanishSpellings(clauses), truncated };
}

/** True when the query has a word that must match (a query of exclusions alone finds nothing). */
export function hasPositiveTerm(query: ParsedQuery): boolean {
  return query.clauses.some((clause) => clause.some((t) => !t.negated));
}
