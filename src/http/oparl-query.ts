import type { Span } from "../domain/meeting/list-meetings.ts";
import { oparlMessages } from "../i18n/da/oparl.ts";

const e = oparlMessages.errors;

const PAGE = /^[1-9][0-9]{0,5}$/;
/** An RFC 3339 date-time with its zone, as OParl's filters take it (»T« and »Z« in any case). */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/** The instant, or null for text that is no date-time with a zone or no real date (31 February). */
function instantOf(value: string): Date | null {
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second, zoneHour, zoneMinute] = m
    .slice(1)
    .map((x) => Number(x ?? 0)) as [number, number, number, number, number, number, number, number];
  const real =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate() &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    zoneHour <= 23 &&
    zoneMinute <= 59;
  const at = new Date(value.toUpperCase());
  return real && !Number.isNaN(at.getTime()) ? at : null;
}
const FILTERS = ["created_since", "created_until", "modified_since", "modified_until"] as const;
type Filter = (typeof FILTERS)[number];

/** What a client asked of an OParl list: a page and OParl's four time filters. */
export interface OparlListQuery {
  page: number;
  /** Objects first published in this span (OParl's `created`). */
  created: Span;
  /** Objects whose public view last changed in this span (OParl's `modified`). */
  modified: Span;
  /** The filters as given: the links to the list's other pages keep them. */
  filters: Record<string, string>;
}

const span = (since: Date | undefined, until: Date | undefined): Span => ({
  ...(since ? { since } : {}),
  ...(until ? { until } : {}),
});

/**
 * The list query from the request's parameters, or the Danish refusal (a 400) of the first
 * that is wrong: a page that is no whole number of 1 or more, or a filter that is no date-time
 * with a zone. A "+" not written as %2B in the address arrives as a space and is read as "+".
 */
export function parseOparlListQuery(
  param: (name: string) => string | undefined,
): OparlListQuery | { error: string } {
  const page = param("page");
  if (page !== undefined && !PAGE.test(page)) return { error: e.page };
  const times: Partial<Record<Filter, Date>> = {};
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const raw = param(name);
    if (raw === undefined) continue;
    const value = raw.trim().replace(/ (\d{2}:\d{2})$/, "+$1");
    const at = instantOf(value);
    if (!at) return { error: e.dateTime(name) };
    times[name] = at;
    filters[name] = value;
  }
  return {
    page: page === undefined ? 1 : Number(page),
    created: span(times.created_since, times.created_until),
    modified: span(times.modified_since, times.modified_until),
    filters,
  };
}
