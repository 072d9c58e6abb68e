import { searchMessages } from "../../i18n/da/search.ts";
import { MAX_QUERY_CHARS } from "../../search/parse-search-query.ts";

const m = searchMessages.header;

/** The header's search field: a GET form to /soeg on every page, without JavaScript. */
export function SiteSearch() {
  return (
    // biome-ignore lint/a11y/useSemanticElements: role=search reaches screen readers that do not know <search> yet
    <form role="search" method="get" action="/soeg" class="site-search" aria-label={m.landmark}>
      <label for="site-search-q" class="visually-hidden">
        {m.label}
      </label>
      <input
        type="search"
        id="site-search-q"
        name="q"
        maxlength={MAX_QUERY_CHARS}
        placeholder={m.placeholder}
      />
      <button type="submit">{m.button}</button>
    </form>
  );
}
