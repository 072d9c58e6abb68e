import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../db/client.ts";
import { meetings } from "../db/schema/index.ts";
import { isPublicMeeting } from "../domain/publication/publication.policy.ts";
import { buildTsquery } from "./build-tsquery.ts";
import { hasPositiveTerm, parseSearchQuery } from "./parse-search-query.ts";
import type { SearchFilters, SearchHit, SearchOutcome, SearchRequest } from "./search.types.ts";
import {
  EDGE_CHARS,
  FRAGMENT_DELIMITER,
  MARK_END,
  MARK_START,
  splitSnippet,
  withEllipses,
} from "./split-snippet.ts";

export const PAGE_SIZE = 20;
/** Matches ranked and paged per query: the newest ones when more match. */
export const MAX_RESULTS = 500;
export const MAX_PAGE = MAX_RESULTS / PAGE_SIZE;

const marks = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
const TITLE_OPTIONS = `${marks}, HighlightAll=true`;
const SNIPPET_OPTIONS = `${marks}, MaxWords=20, MinWords=8, MaxFragments=3, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Whether the filters narrow the archive at all (with no words, they are the search). */
export const hasFilters = (f: SearchFilters) => filterConditions(f).length > 0;

function filterConditions(f: SearchFilters): SQL[] {
  const conditions: SQL[] = [];
  if (f.committee !== undefined) conditions.push(sql`d."committeeSlug" = ${f.committee}`);
  if (f.purpose !== undefined) conditions.push(sql`d.purpose = ${f.purpose}`);
  if (f.year !== undefined) {
    conditions.push(sql`d."startsAt" >= ${`${f.year}-01-01`}::timestamp`);
    conditions.push(sql`d."startsAt" < ${`${f.year + 1}-01-01`}::timestamp`);
  }
  if (f.journal) {
    const prefix = escapeLike(f.journal.toLocaleUpperCase("da-DK"));
    conditions.push(sql`d."journalNumber" like ${`${prefix}%`}`);
  }
  return conditions;
}

/**
 * A hit as the query answers it: plain text where the hit has snippet parts, and no id in the
 * one row of a page without hits.
 */
type Row = Omit<SearchHit, "id" | "title" | "plainTitle" | "snippet"> & {
  total: number | string;
  id: number | null;
  title: string;
  titleHeadline: string;
  snippet: string;
  bodyStart: string;
  bodyEnd: string;
  publishedMs: number | string | null;
};

/** The first words of a text, as the snippet of a hit found by its journal number alone. */
const LEAD_CHARS = 240;

async function runPage(
  db: Db,
  tsquery: { match: string; highlight: string; exact: string } | null,
  request: SearchRequest,
  page: number,
) {
  // The tsquery as a constant in each place, so the planner can estimate how many match.
  const q = tsquery === null ? null : sql`${tsquery.match}::tsquery`;
  const h = tsquery === null ? null : sql`${tsquery.highlight}::tsquery`;
  const where = sql.join(
    [...(q ? [sql`d.tsv @@ ${q}`] : []), ...filterConditions(request)],
    sql` and `,
  );
  // Documents holding the words as typed come first, each group by its rank: »politiet«
  // before the many that match only through the prefix (»politikker«, »politikområder«).
  const exact = tsquery === null ? null : sql`${tsquery.exact}::tsquery`;
  const rank =
    q && exact && request.sort === "relevance"
      ? sql`((d.tsv @@ ${exact})::int + ts_rank(d.tsv, ${q}))`
      : sql`0`;
  const titleHeadline = h
    ? sql`ts_headline('danish'::regconfig, t.title, ${h}, ${TITLE_OPTIONS})`
    : sql`t.title`;
  const snippet = h
    ? sql`ts_headline('danish'::regconfig, t.body, ${h}, ${SNIPPET_OPTIONS})`
    : sql`left(t.body, ${LEAD_CHARS})`;
  // Ranks the newest matches only: a common word matches tens of thousands of documents, and
  // ranking reads every match's tsvector. Whatever the index holds, only documents of meetings
  // that are public now are answered (the count is of the index).
  const rows = await queryRows<Row>(
    db,
    sql`with candidates as (
      select d.id, d."startsAt" from search_documents d
      where ${where}
      order by d."startsAt" desc, d.id desc
      limit ${MAX_RESULTS + 1}
    ),
    page as (
      select c.id, c."startsAt", ${rank} as rank,
        extract(epoch from coalesce(${meetings.minutesPublishedAt}, ${meetings.agendaPublishedAt}))
          * 1000 as "publishedMs"
      from candidates c
      join search_documents d on d.id = c.id
      join ${meetings} on ${meetings.id} = d."meetingId"
      where ${isPublicMeeting}
      order by rank desc, c."startsAt" desc, c.id desc
      limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}
    )
    select (select count(*) from candidates) as total, h.* from (select 1) as one
    left join (
      select d.id, d.kind, d."meetingId", d."itemOrdinal", d."itemNumber", d."attachmentId",
        d."committeeSlug", t."committeeName", d."journalNumber", t.title,
        to_char(d."startsAt", 'YYYY-MM-DD HH24:MI:SS') as "startsAt",
        ${titleHeadline} as "titleHeadline",
        ${snippet} as snippet,
        left(t.body, ${EDGE_CHARS}) as "bodyStart", right(t.body, ${EDGE_CHARS}) as "bodyEnd",
        p.rank, p."startsAt" as at, p."publishedMs"
      from page p
      join search_documents d on d.id = p.id
      join search_document_texts t on t."documentId" = p.id
    ) as h on true
    order by h.rank desc, h.at desc, h.id desc`,
  );
  const total = Number(rows[0]?.total ?? 0);
  const hits: SearchHit[] = rows.flatMap((r) =>
    r.id === null
      ? []
      : [
          {
            id: r.id,
            kind: r.kind,
            meetingId: r.meetingId,
            itemOrdinal: r.itemOrdinal,
            itemNumber: r.itemNumber,
            attachmentId: r.attachmentId,
            committeeSlug: r.committeeSlug,
            committeeName: r.committeeName,
            startsAt: r.startsAt,
            publishedAt: r.publishedMs === null ? null : new Date(Number(r.publishedMs)),
            journalNumber: r.journalNumber,
            title: splitSnippet(r.titleHeadline),
            plainTitle: r.title,
            snippet: withEllipses(splitSnippet(r.snippet), r.bodyStart, r.bodyEnd),
          },
        ],
  );
  return { total, hits };
}

/**
 * A journal number typed as the whole query (»05.01.00-P15-3-26«, »00.30«): the KLE number's
 * groups of two digits, then any further parts. Searched as the start of items' journal numbers,
 * since the text index splits it into parts that match far too much.
 */
const JOURNAL_QUERY = /^\d{2}\.\d{2}(?:\.\d{2})?(?:-[0-9A-Za-zÆØÅæøå]+)*$/;

/**
 * Searches the public archive: ranked (or newest first) matches with highlighted titles and
 * snippets cut from the indexed public text, PAGE_SIZE per page; or, without words, what the
 * filters hold (a journal number typed as the query is one), newest first, with their first words.
 * Only meetings that are public now are answered, whatever the index holds.
 */
export async function searchArchive(db: Db, request: SearchRequest): Promise<SearchOutcome> {
  const typed = request.query.trim();
  if (JOURNAL_QUERY.test(typed) && !request.journal) {
    return searchArchive(db, { ...request, query: "", journal: typed });
  }
  const parsed = parseSearchQuery(request.query);
  const tsquery = hasPositiveTerm(parsed) ? await buildTsquery(db, parsed) : null;
  // No words but a filter (a committee, a year): what the filters hold, newest first.
  if (tsquery === null && (typed !== "" || !hasFilters(request))) {
    return { kind: "no-terms", truncated: parsed.truncated };
  }
  const wanted = Math.min(Math.max(1, Math.trunc(request.page) || 1), MAX_PAGE);
  let page = wanted;
  let { total, hits } = await runPage(db, tsquery, request, page);
  const pageCount = Math.ceil(Math.min(total, MAX_RESULTS) / PAGE_SIZE);
  if (hits.length === 0 && pageCount > 0 && page > pageCount) {
    page = pageCount;
    ({ total, hits } = await runPage(db, tsquery, request, page));
  }
  return {
    kind: "results",
    total,
    capped: total > MAX_RESULTS,
    page,
    pageCount,
    hits,
    truncated: parsed.truncated,
  };
}
