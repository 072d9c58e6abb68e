/** A query word after stemming: its lexemes (none for a stop word) and the index's wider forms. */
export interface StemmedWord {
  lexemes: string[];
  /** Other lexemes of the index that should also match: compounds, shorter stems. */
  alternatives: string[];
  /**
   * The alternatives already hold every lexeme of the index that begins with the stem, so the
   * stem is matched as it is rather than as a prefix (cheaper for the index, better estimates).
   */
  exact?: boolean;
  /**
   * A compound's two words as the index holds them (`byråd`, `mød` for `byrådsmøde`): they also
   * match near each other in either order (»byrådets møde«, »mødet i byrådet«).
   */
  parts?: [string, string];
}

export interface StemmedTerm {
  words: StemmedWord[];
  negated: boolean;
}

/** A lexeme as a tsquery operand: quoted, so nothing in it can act as syntax. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/** Stems of three letters or more also match longer words: `godk` finds `godkend`. */
function operand(lexeme: string): string {
  const prefix = lexeme.length >= 3 && /\p{L}/u.test(lexeme);
  return `${quoteLexeme(lexeme)}${prefix ? ":*" : ""}`;
}

/** Two words at most one word apart, in either order. */
function near([first, second]: [string, string]): string[] {
  const [a, b] = [quoteLexeme(first), quoteLexeme(second)];
  return [`${a} <-> ${b}`, `${a} <2> ${b}`, `${b} <-> ${a}`, `${b} <2> ${a}`];
}

function wordQuery(word: StemmedWord): string | null {
  if (word.lexemes.length === 0) return null;
  const own = word.lexemes.map((l) => (word.exact ? quoteLexeme(l) : operand(l))).join(" & ");
  const others = [...word.alternatives.map(quoteLexeme), ...(word.parts ? near(word.parts) : [])];
  if (others.length === 0) return word.lexemes.length > 1 ? `(${own})` : own;
  return `(${[own, ...others].join(" | ")})`;
}

/** Words in order, a stop word between two widening the distance, as to_tsquery does. */
function phraseQuery(words: StemmedWord[]): string | null {
  const parts: string[] = [];
  let distance = 1;
  for (const word of words) {
    const lexeme = word.lexemes[0];
    if (lexeme === undefined) {
      if (parts.length > 0) distance++;
      continue;
    }
    if (parts.length > 0) parts.push(distance === 1 ? "<->" : `<${distance}>`);
    parts.push(word.exact ? quoteLexeme(lexeme) : operand(lexeme));
    distance = 1;
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(" ")})`;
}

function termQuery(term: StemmedTerm): string | null {
  const [only] = term.words;
  const query = term.words.length === 1 && only ? wordQuery(only) : phraseQuery(term.words);
  if (query === null) return null;
  return term.negated ? `!${query}` : query;
}

/**
 * The tsquery text for clauses of stemmed terms (all clauses must match, one term of each), or
 * null when nothing is left that must match: stop words alone, or exclusions alone.
 */
export function formatTsquery(clauses: StemmedTerm[][]): string | null {
  const parts: string[] = [];
  let positive = false;
  for (const clause of clauses) {
    const terms = clause.flatMap((term) => {
      const query = termQuery(term);
      return query === null ? [] : [{ query, negated: term.negated }];
    });
    if (terms.length === 0) continue;
    if (terms.some((t) => !t.negated)) positive = true;
    const joined = terms.map((t) => t.query).join(" | ");
    parts.push(terms.length > 1 ? `(${joined})` : joined);
  }
  return positive ? parts.join(" & ") : null;
}

/**
 * The tsquery a snippet is cut with: any of the query's words (not all of them together), so a
 * document whose words stand far apart still shows where each is, highlighted, instead of its
 * first lines. Null when no word is left to show.
 */
export function formatHighlightTsquery(clauses: StemmedTerm[][]): string | null {
  const queries = clauses
    .flat()
    .filter((term) => !term.negated)
    .flatMap((term) => termQuery(term) ?? []);
  return queries.length > 0 ? queries.join(" | ") : null;
}

/**
 * The query with each word as the index stems it and nothing wider (no prefix, no compounds,
 * no shorter stems): what ranks the documents that hold the words as typed above those found
 * only through a wider form (»politiet« above »politikker«). Null when nothing must match.
 */
export function formatExactTsquery(clauses: StemmedTerm[][]): string | null {
  return formatTsquery(
    clauses.map((clause) =>
      clause.map((term) => ({
        ...term,
        words: term.words.map((w) => ({ lexemes: w.lexemes, alternatives: [], exact: true })),
      })),
    ),
  );
}
