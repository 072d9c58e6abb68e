import { type Searched, searchMessages } from "../../i18n/da/search.ts";
import type { SearchOutcome } from "../../search/search.types.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { Pagination } from "../components/pagination.tsx";
import { filterCount, SearchForm, type SearchFormValues } from "../components/search-form.tsx";
import { SearchResults } from "../components/search-results.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = searchMessages;

export interface SearchPageProps {
  viewer: Viewer;
  values: SearchFormValues;
  committees: { slug: string; name: string }[];
  years: number[];
  /** null before anything is searched for, or when the request was invalid. */
  outcome: SearchOutcome | null;
  /** Danish messages for invalid fields (the page is then a 400). */
  errors: string[];
  /** The address of another page of these results, and of this search without filters. */
  pageHref: (page: number) => string;
  withoutFiltersHref: string;
  /** The Atom feed of this search, or null when nothing is searched for. */
  feedHref?: string | null;
}

function NoResults(props: { what: Searched; filtered: boolean; href: string }) {
  const { what, filtered } = props;
  const words = what !== null && "words" in what ? what.words : null;
  const withoutFilters = filtered ? (
    <li>
      <a href={props.href}>{m.empty.withoutFilters}</a>
    </li>
  ) : null;
  return (
    <section aria-labelledby="ingen-resultater">
      <h2 id="ingen-resultater">{m.empty.heading}</h2>
      <p>
        {words !== null
          ? m.empty.intro(words, filtered)
          : what !== null && "journal" in what
            ? m.empty.introJournal(what.journal)
            : m.empty.introFiltered}
      </p>
      {/* With filters, they are the likeliest reason: leaving them out comes first. */}
      <ul>
        {withoutFilters}
        {(words !== null ? m.empty.tips : []).map((tip) => (
          <li>{tip}</li>
        ))}
      </ul>
    </section>
  );
}

/** What was searched for, as the page repeats it: the words, or else the journal number. */
function searched(values: SearchFormValues): Searched {
  const words = values.q.trim();
  if (words) return { words };
  const journal = values.journal.trim();
  return journal ? { journal } : null;
}

/** The words or journal number searched for, as the tab's title and the feed repeat it. */
const searchedText = (what: Searched) =>
  what === null ? "" : "words" in what ? what.words : what.journal;

/** A query in the tab's title: long ones cut, so the title stays readable. */
const TITLE_CHARS = 60;
const titleOf = (query: string) =>
  query.length > TITLE_CHARS ? `${query.slice(0, TITLE_CHARS - 1).trimEnd()}…` : query;

function Outcome(props: SearchPageProps & { outcome: SearchOutcome }) {
  const { outcome, values } = props;
  const what = searched(values);
  if (outcome.kind === "no-terms") {
    const signsOnly = !/[\p{L}\p{N}]/u.test(values.q);
    return (
      <p class="notice" role="status">
        {signsOnly ? m.noLetters : m.noWords}
      </p>
    );
  }
  const filtered = filterCount(values) > 0;
  if (outcome.total === 0) {
    return <NoResults what={what} filtered={filtered} href={props.withoutFiltersHref} />;
  }
  return (
    <section aria-labelledby="resultater">
      <h2 id="resultater">
        {outcome.capped ? m.capped(outcome.total - 1, what) : m.count(outcome.total, what)}
      </h2>
      {filtered ? (
        <p>
          {m.filtered} <a href={props.withoutFiltersHref}>{m.empty.withoutFilters}</a>
        </p>
      ) : null}
      {outcome.truncated ? <p class="notice">{m.truncated}</p> : null}
      {props.feedHref ? (
        <p>
          <a href={props.feedHref} type="application/atom+xml">
            {m.feed.link}
          </a>
        </p>
      ) : null}
      <SearchResults hits={outcome.hits} page={outcome.page} />
      <Pagination
        label={searchMessages.pagination.label}
        page={outcome.page}
        pageCount={outcome.pageCount}
        href={props.pageHref}
      />
    </section>
  );
}

/** /soeg: the search form, and the results of a search with highlighted snippets. */
export function SearchPage(props: SearchPageProps) {
  const query = searchedText(searched(props.values));
  return (
    <Layout
      title={query ? `${titleOf(query)} – ${m.title}` : m.title}
      viewer={props.viewer}
      siteSearch={false}
      head={
        props.feedHref ? (
          <link
            rel="alternate"
            type="application/atom+xml"
            title={m.feed.title(titleOf(query))}
            href={props.feedHref}
          />
        ) : undefined
      }
    >
      <h1 id="soeg-titel">{m.title}</h1>
      {props.errors.length > 0 ? (
        <ErrorSummary title={m.errors.title} messages={props.errors} />
      ) : null}
      <SearchForm
        values={props.values}
        committees={props.committees}
        years={props.years}
        labelledBy="soeg-titel"
      />
      {props.outcome ? (
        <Outcome {...props} outcome={props.outcome} />
      ) : props.errors.length === 0 ? (
        <p>{m.start}</p>
      ) : null}
    </Layout>
  );
}
