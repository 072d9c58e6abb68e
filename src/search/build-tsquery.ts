import { sql } from "drizzle-orm";
import { type Db, queryRows, type Tx } from "../db/client.ts";
import {
  formatExactTsquery,
  formatHighlightTsquery,
  formatTsquery,
  type StemmedTerm,
} from "./format-tsquery.ts";
import type { ParsedQuery } from "./parse-search-query.ts";

/** Compounds added per query word, shortest first. */
export const MAX_WIDENING = 30;
/** Words that begin with a stem, listed one by one up to this many; more match as a prefix. */
export const MAX_PREFIXED = 40;
/**
 * Endings the danish stemmer leaves on some forms of a word and not on others (`godkend` and
 * `godk`, `dagsorden` and `dagsord`): a stem may stand for a shorter stem of the index when
 * it is that stem plus one of these, so `godkendte` finds `godkende` but `højestbydende`
 * does not find `højeste`.
 */
const LEFTOVER_ENDINGS = JSON.stringify([
  ...["e", "n", "r", "s", "t"],
  ...["de", "en", "er", "es", "et", "te"],
  ...["end", "ene", "ens", "ede", "ere", "ers", "ets"],
]);

/** A single query word this long or longer is also looked for as its two parts (a compound). */
export const MIN_SPLIT_WORD = 8;
/**
 * ... when fewer documents than this hold it as one word: a compound most documents use as
 * one word already finds plenty, and its parts near each other cost a position check of every
 * document that holds both (»økonomiudvalget budget« took 300 ms instead of 33).
 */
export const SPLIT_BELOW = 50;

interface Row {
  kind: "word" | "wide" | "prefixed" | "split";
  key: string;
  list: string[] | null;
}

/**
 * In one statement: each word's lexemes as the index makes them (danish stemmer, stop words
 * dropped; one the index lacks but holds with æ, ø or å for a, o or a taken as that), and for the stems of single words the index's lexemes that should also match:
 * compounds that contain the stem after a word of their own (`mød` -> `byrådsmød`, `temamød`,
 * not `råd` -> `områd`; trigram index) and
 * shorter stems it is one of LEFTOVER_ENDINGS longer than (`godkend` -> `godk`, which the
 * stemmer makes of `godkende`). Prefix matches are left out: `stem:*` finds them. A long single
 * word that the index holds as two words, with or without a linking s or e between them
 * (`byrådsmøde` -> `byråd`, `mød`), gets those two, the longest first part first, unless
 * SPLIT_BELOW documents or more hold the word itself.
 */
async function stemAndWiden(db: Db | Tx, words: { w: string; single: boolean }[]) {
  const rows = await queryRows<Row>(
    db,
    sql`with words as (
      select t.w, t.single,
        (select array_agg(coalesce(k.lexeme, v.lexeme) order by v.lexeme)
         from unnest(to_tsvector('danish'::regconfig, t.w)) as v
         -- A lexeme the index does not hold, typed with a, o and a for æ, ø and å
         -- (budgetopfolgning): the index's lexeme that it is with them.
         left join lateral (
           select c.lexeme from search_terms c
           where translate(c.lexeme, 'æøå', 'aoa') = translate(v.lexeme, 'æøå', 'aoa')
             and not exists (select 1 from search_terms e where e.lexeme = v.lexeme)
           order by c.lexeme
           limit 1
         ) as k on true) as lexemes
      from jsonb_to_recordset(${JSON.stringify(words)}::jsonb) as t(w text, single boolean)
    ),
    stems as (
      select distinct s.stem from words cross join unnest(words.lexemes) as s(stem)
      where words.single
    ),
    wide as (
      select s.stem, v.lexeme from stems s
      cross join lateral (
        select c.lexeme from search_terms c
        where length(s.stem) >= 3
          and c.lexeme like '%' || replace(replace(replace(s.stem, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
          and not starts_with(c.lexeme, s.stem)
          -- What comes before the stem could be a word of its own, with or without a linking
          -- s or e (byrådsmød, sygefravær): not a letter (kældr for ældre) nor a stop word
          -- (forældr for ældre, aftal for tale, udvalg for valg). Before a stem of three
          -- letters, which hides in many words (områd, ældreområd for råd), and for a head of
          -- two letters, it must be a word the index holds (byråd).
          and exists (
            select 1
            from (values (left(c.lexeme, strpos(c.lexeme, s.stem) - 1))) as p(head)
            cross join lateral (values (p.head), (
              case when right(p.head, 1) in ('s', 'e') then left(p.head, -1) end
            )) as h(first)
            cross join lateral (select (ts_lexize('danish_stem', h.first))[1] as lex) as x
            where length(h.first) >= 2 and x.lex is not null
              and (
                (length(s.stem) > 3 and length(h.first) >= 3)
                or exists (select 1 from search_terms t where t.lexeme = x.lex)
              )
          )
        order by length(c.lexeme), c.lexeme
        limit ${MAX_WIDENING}
      ) as v
      union all
      select s.stem, t.lexeme from stems s
      cross join lateral generate_series(greatest(4, length(s.stem) - 3), length(s.stem) - 1) as n
      join search_terms t on t.lexeme = left(s.stem, n)
      where substr(s.stem, n + 1) in (select jsonb_array_elements_text(${LEFTOVER_ENDINGS}::jsonb))
    ),
    split as (
      select t.w, c.parts from (
        -- Once per word: how many documents hold it whole, counted up to SPLIT_BELOW.
        select w.w from words w
        where w.single and length(w.w) >= ${MIN_SPLIT_WORD}
          and (select count(*) from (
            select 1 from search_documents d
            where d.tsv @@ plainto_tsquery('danish'::regconfig, w.w)
            limit ${SPLIT_BELOW}
          ) as f) < ${SPLIT_BELOW}
        offset 0
      ) as t
      cross join lateral (
        select array[l.lexeme, r.lexeme] as parts
        from generate_series(4, length(t.w) - 4) as n
        cross join lateral (values (left(t.w, n)), (
          case when right(left(t.w, n), 1) in ('s', 'e') then left(t.w, n - 1) end
        )) as p(first)
        join search_terms l on l.lexeme = (ts_lexize('danish_stem', p.first))[1]
        join search_terms r on r.lexeme = (ts_lexize('danish_stem', substr(t.w, n + 1)))[1]
        order by n desc, length(p.first) desc
        limit 1
      ) as c
    )
    select 'word' as kind, w as key, lexemes as list from words
    union all
    select 'split', w, parts from split
    union all
    select 'wide', stem, array_agg(lexeme order by length(lexeme), lexeme) from wide group by stem
    union all
    select 'prefixed', s.stem, array(
      select lexeme from search_terms
      where length(s.stem) >= 3
        and lexeme like replace(replace(replace(s.stem, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
      order by lexeme
      limit ${MAX_PREFIXED + 1}
    ) from stems s`,
  );
  const maps = {
    word: new Map<string, string[]>(),
    wide: new Map(),
    prefixed: new Map(),
    split: new Map(),
  };
  for (const row of rows) maps[row.kind].set(row.key, row.list ?? []);
  return { lexemes: maps.word, wide: maps.wide, prefixed: maps.prefixed, split: maps.split };
}

/**
 * The tsquery (as text, for a `::tsquery` cast) for a parsed query: every word stemmed as the
 * index stems it, matched as a prefix unless it was quoted, single words widened to compounds and shorter stems of
 * the index, and a long one also found as its two parts near each other; phrases keep their
 * words in order. Null when no word is left that must match. `highlight` is the query snippets
 * are cut with (formatHighlightTsquery), `exact` the one that ranks the words as typed first
 * (formatExactTsquery).
 */
export async function buildTsquery(
  db: Db | Tx,
  query: ParsedQuery,
): Promise<{ match: string; highlight: string; exact: string } | null> {
  const terms = query.clauses.flat();
  const single = new Set(
    terms.filter((t) => t.words.length === 1 && !t.exact).map((t) => t.words[0]),
  );
  const words = [...new Set(terms.flatMap((t) => t.words))].map((w) => ({
    w,
    single: single.has(w),
  }));
  if (words.length === 0) return null;
  const { lexemes, wide, prefixed, split } = await stemAndWiden(db, words);
  const stemmed: StemmedTerm[][] = query.clauses.map((clause) =>
    clause.map((term) => ({
      negated: term.negated,
      words: term.words.map((word) => {
        const own = lexemes.get(word) ?? [];
        if (term.exact) return { lexemes: own, alternatives: [], exact: true };
        if (term.words.length > 1) return { lexemes: own, alternatives: [] };
        // Every longer word of the index one by one, when they are few: exact lexemes are
        // cheaper for the GIN index than a prefix, and the planner can estimate them.
        const longer = own.map((l) => (l.length >= 3 ? prefixed.get(l) : undefined));
        const exact = own.length === 1 && longer.every((l) => l && l.length <= MAX_PREFIXED);
        const alternatives = [
          ...(exact ? longer.flatMap((l) => l ?? []) : []),
          ...own.flatMap((l) => wide.get(l) ?? []),
        ].filter((l) => !own.includes(l));
        const parts = split.get(word);
        return {
          lexemes: own,
          alternatives: [...new Set(alternatives)],
          exact,
          ...(parts?.length === 2 ? { parts: parts as [string, string] } : {}),
        };
      }),
    })),
  );
  const match = formatTsquery(stemmed);
  if (match === null) return null;
  return {
    match,
    highlight: formatHighlightTsquery(stemmed) ?? match,
    exact: formatExactTsquery(stemmed) ?? match,
  };
}
