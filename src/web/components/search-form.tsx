import { searchMessages } from "../../i18n/da/search.ts";
import { MAX_QUERY_CHARS } from "../../search/parse-search-query.ts";

const m = searchMessages;
const f = m.filters;

/** The search form's fields as the user sent them (strings, to fill the form in again). */
export interface SearchFormValues {
  q: string;
  udvalg: string;
  aar: string;
  formaal: string;
  journal: string;
  sortering: string;
}

/** A filter's choices; `all` is the first choice, which sets no filter. */
function Select(props: {
  name: keyof SearchFormValues;
  label: string;
  values: SearchFormValues;
  all?: string;
  options: { value: string; label: string }[];
}) {
  const id = `soeg-${props.name}`;
  const options = props.all ? [{ value: "", label: props.all }, ...props.options] : props.options;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        {options.map((o) => (
          <option value={o.value} selected={o.value === props.values[props.name]}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** How many filters narrow the results; the order they come in is not one. */
export const filterCount = (v: SearchFormValues) =>
  [v.udvalg, v.aar, v.formaal, v.journal].filter((x) => x.trim() !== "").length;

/** The search form with its filters: a plain GET form that works without JavaScript. */
export function SearchForm(props: {
  values: SearchFormValues;
  committees: { slug: string; name: string }[];
  years: number[];
  labelledBy: string;
}) {
  const v = props.values;
  const chosen = filterCount(v);
  return (
    // biome-ignore lint/a11y/useSemanticElements: role=search reaches screen readers that do not know <search> yet
    <form
      role="search"
      method="get"
      action="/soeg"
      class="search-form"
      aria-labelledby={props.labelledBy}
    >
      <label for="soeg-q">{m.label}</label>
      <div class="search-row">
        <input
          type="search"
          id="soeg-q"
          name="q"
          value={v.q}
          maxlength={MAX_QUERY_CHARS}
          aria-describedby="soeg-tip"
        />
        <button class="button" type="submit">
          {m.submit}
        </button>
      </div>
      <p class="muted" id="soeg-tip">
        {m.hint}
      </p>
      {/* Folded away under a search without filters, so the results start on a phone's first
          screen; open on the empty page and whenever a filter is set. */}
      <details class="search-more" open={!v.q.trim() || chosen > 0}>
        <summary>{chosen > 0 ? f.chosen(chosen) : f.legend}</summary>
        <fieldset class="search-filters">
          <legend class="visually-hidden">{f.legend}</legend>
          <Select
            name="udvalg"
            label={f.committee}
            values={v}
            all={f.allCommittees}
            options={props.committees.map((c) => ({ value: c.slug, label: c.name }))}
          />
          <Select
            name="aar"
            label={f.year}
            values={v}
            all={f.allYears}
            options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
          />
          <Select
            name="formaal"
            label={f.purpose}
            values={v}
            all={f.allPurposes}
            options={Object.entries(m.purposes).map(([value, label]) => ({ value, label }))}
          />
          <div class="field">
            <label for="soeg-journal">{f.journal}</label>
            <input
              type="text"
              id="soeg-journal"
              name="journal"
              value={v.journal}
              maxlength={40}
              aria-describedby="soeg-journal-tip"
            />
            <p class="muted" id="soeg-journal-tip">
              {f.journalHint}
            </p>
          </div>
          {/* Filters without words list what they hold newest first: a choice of order would
              change nothing, so it is told instead and comes back with the first word. */}
          {v.q.trim() === "" && chosen > 0 ? (
            <p class="muted">
              {f.dateOrderOnly}
              {v.sortering ? <input type="hidden" name="sortering" value={v.sortering} /> : null}
            </p>
          ) : (
            <Select
              name="sortering"
              label={f.sort}
              values={v}
              options={[
                { value: "relevans", label: f.sortRelevance },
                { value: "dato", label: f.sortDate },
              ]}
            />
          )}
        </fieldset>
        {/* On a phone the search button is a screen away once the filters are open. */}
        <button type="submit" class="button search-apply">
          {f.apply}
        </button>
      </details>
    </form>
  );
}
