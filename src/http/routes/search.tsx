import { Hono } from "hono";
import { listPublicCommittees } from "../../domain/publication/list-public-committees.ts";
import { searchMessages } from "../../i18n/da/search.ts";
import { listSearchYears } from "../../search/list-search-years.ts";
import { MAX_QUERY_CHARS } from "../../search/parse-search-query.ts";
import type { SearchRequest } from "../../search/search.types.ts";
import { hasFilters, searchArchive } from "../../search/search-archive.ts";
import type { SearchFormValues } from "../../web/components/search-form.tsx";
import { searchFeed } from "../../web/feeds/search-feed.ts";
import { SearchPage } from "../../web/pages/search-page.tsx";
import { sendFeed } from "../feed-response.tsx";
import { renderPage } from "../render.ts";
import { searchHref, searchParamsSchema, toSearchRequest } from "../search-params.ts";
import type { AppEnv } from "../types.ts";

/** The Atom feed of a search with these form values. */
const feedHref = (values: SearchFormValues) =>
  searchHref({ ...values }).replace(/^\/soeg/, "/soeg/feed.atom");

/** The form's fields as sent, to fill the form in again (unknown parameters dropped). */
function formValues(query: Record<string, string>): SearchFormValues {
  const v = (field: keyof SearchFormValues) => (query[field] ?? "").slice(0, MAX_QUERY_CHARS);
  return {
    q: v("q"),
    udvalg: v("udvalg"),
    aar: v("aar"),
    formaal: v("formaal"),
    journal: v("journal"),
    sortering: v("sortering"),
  };
}

/** Words to search for, or filters to list what they hold: an empty form is the start page. */
const wantsSearch = (request: SearchRequest) => request.query.trim() !== "" || hasFilters(request);

/** /soeg: search the published archive. Validate -> search (public index only) -> render. */
export const searchRoutes = new Hono<AppEnv>()
  // The same search as a feed: the newest hits first.
  .get("/soeg/feed.atom", async (c) => {
    const raw = c.req.query();
    const parsed = searchParamsSchema.safeParse({ ...raw, sortering: "dato", side: "1" });
    if (!parsed.success) return c.text(parsed.error.issues[0]?.message ?? "", 400);
    const request = toSearchRequest(parsed.data);
    const outcome = wantsSearch(request) ? await searchArchive(c.get("deps").db, request) : null;
    const hits = outcome?.kind === "results" ? outcome.hits : [];
    const values = { ...formValues(raw), sortering: "dato" };
    const links = { self: feedHref(values), alternate: searchHref(values) };
    const origin = c.get("deps").config.publicUrl;
    return sendFeed(c, searchFeed(origin, values.q || values.journal, links, hits));
  })
  .get("/soeg", async (c) => {
    const { db } = c.get("deps");
    const raw = c.req.query();
    const values = formValues(raw);
    const parsed = searchParamsSchema.safeParse(raw);
    const committees = await listPublicCommittees(db);
    const years = await listSearchYears(db);
    // One choice per slug: committees of several organisations may share one.
    const options = new Map(committees.map((x) => [x.slug, { slug: x.slug, name: x.name }]));
    // A committee no public meeting has is refused like a malformed one, not searched.
    const issues: { path: PropertyKey[]; message: string }[] = parsed.success
      ? []
      : [...parsed.error.issues];
    const refusedCommittee = issues.some((i) => i.path[0] === "udvalg");
    if (values.udvalg && !options.has(values.udvalg) && !refusedCommittee) {
      issues.push({ path: ["udvalg"], message: searchMessages.errors.committee });
    }
    const request = parsed.success && issues.length === 0 ? toSearchRequest(parsed.data) : null;
    const outcome = request && wantsSearch(request) ? await searchArchive(db, request) : null;
    // The form shows a refused field at its first choice, and counts it as no filter.
    const refused = new Set(issues.map((i) => String(i.path[0])));
    const shown = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, refused.has(k) ? "" : v]),
    ) as SearchFormValues;
    const page = (
      <SearchPage
        viewer={c.get("viewer")}
        values={shown}
        committees={[...options.values()]}
        years={years}
        outcome={outcome}
        errors={[...new Set(issues.map((i) => i.message))]}
        pageHref={(n) => searchHref({ ...values, side: n })}
        withoutFiltersHref={searchHref({ q: values.q })}
        feedHref={values.q.trim() || values.journal.trim() ? feedHref(values) : null}
      />
    );
    return renderPage(c, page, issues.length === 0 ? 200 : 400);
  });
