import { copenhagenToInstant } from "../../domain/meeting/copenhagen-time.ts";
import { searchMessages } from "../../i18n/da/search.ts";
import type { SearchHit } from "../../search/search.types.ts";
import { hitHref } from "../components/search-results.tsx";
import { formatShortDate } from "../format-date.ts";
import type { AtomFeedInput } from "./atom-feed.ts";

const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

/**
 * A search as a feed: its newest hits, with the public snippet as summary, each updated when
 * its meeting's agenda or minutes were published (a future meeting's date would put an agenda
 * out this week at the top for weeks, and a reader takes that date as news).
 */
export function searchFeed(
  origin: string,
  query: string,
  links: { self: string; alternate: string },
  hits: SearchHit[],
): AtomFeedInput {
  return {
    self: `${origin}${links.self}`,
    alternate: `${origin}${links.alternate}`,
    title: query ? searchMessages.feed.title(query) : searchMessages.title,
    subtitle: searchMessages.feed.subtitle,
    author: "Referat",
    entries: hits.map((hit) => ({
      url: `${origin}${hitHref(hit)}`,
      variant: `${hit.kind}-${hit.id}`,
      title: `${hit.committeeName} ${formatShortDate(hit.startsAt)}: ${hit.plainTitle}`,
      updated: hit.publishedAt ?? copenhagenToInstant(hit.startsAt) ?? new Date(0),
      summary: plain(hit.snippet),
    })),
  };
}
