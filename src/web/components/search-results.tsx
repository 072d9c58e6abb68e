import { searchMessages } from "../../i18n/da/search.ts";
import type { SearchHit } from "../../search/search.types.ts";
import { PAGE_SIZE } from "../../search/search-archive.ts";
import { formatShortDate, isoLocal } from "../format-date.ts";
import { attachmentHref, committeeHref, meetingHref } from "../portal-urls.ts";
import { SnippetText } from "./snippet-text.tsx";

const m = searchMessages;

const itemHref = (hit: SearchHit) => `${meetingHref(hit.meetingId)}#punkt-${hit.itemOrdinal}`;

/** Where a hit leads: the meeting, the item's place in it, or the Bilag. */
export const hitHref = (hit: SearchHit) =>
  hit.kind === "meeting"
    ? meetingHref(hit.meetingId)
    : hit.kind === "item"
      ? itemHref(hit)
      : attachmentHref(hit.attachmentId as number, hit.plainTitle);

function Result({ hit }: { hit: SearchHit }) {
  const href = hitHref(hit);
  const number = hit.itemNumber ?? 0;
  const kind =
    hit.kind === "meeting"
      ? m.kind.meeting
      : hit.kind === "item"
        ? m.kind.item(number)
        : m.kind.attachment(number);
  return (
    <li>
      <h3>
        <a href={href}>
          <SnippetText parts={hit.title} />
        </a>
      </h3>
      <p class="search-meta">
        {hit.kind === "attachment" ? (
          <a class="tag" href={itemHref(hit)}>
            {kind}
          </a>
        ) : (
          <span class="tag">{kind}</span>
        )}{" "}
        <a href={committeeHref(hit.committeeSlug)}>{hit.committeeName}</a>
        {", "}
        <time datetime={isoLocal(hit.startsAt)}>{formatShortDate(hit.startsAt)}</time>
        {hit.journalNumber ? (
          <>
            {", "}
            <span class="visually-hidden">{m.journalNumber}: </span>
            <span class="journal">{hit.journalNumber}</span>
          </>
        ) : null}
      </p>
      <p class="snippet">
        <SnippetText parts={hit.snippet} />
      </p>
    </li>
  );
}

/** A page of hits, numbered on from the earlier pages. */
export function SearchResults(props: { hits: SearchHit[]; page: number }) {
  return (
    <ol class="search-results" start={(props.page - 1) * PAGE_SIZE + 1}>
      {props.hits.map((hit) => (
        <Result hit={hit} />
      ))}
    </ol>
  );
}
