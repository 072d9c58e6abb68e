import type { PublicCommittee } from "../../domain/publication/list-public-committees.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import { Layout, type Viewer } from "../layout.tsx";
import { calendarHref, committeeHref, feedHref } from "../portal-urls.ts";

const s = portalMessages.subscribe;

/** An address that may break after each slash on a narrow screen, not inside a word. */
const breakableUrl = (url: string) =>
  url.split("/").flatMap((part, i) => (i === 0 ? [part] : ["/", <wbr />, part]));

/** An address to copy: shown as a link (it works as text too) with a copy button. */
function CopyableLink(props: { id: string; url: string; label: string }) {
  return (
    <div class="copyable">
      <span id={props.id}>{props.label}: </span>
      <a href={props.url} aria-describedby={props.id} data-copy-source>
        {breakableUrl(props.url)}
      </a>{" "}
      <button
        type="button"
        class="button case-secondary"
        data-copy={props.url}
        aria-label={s.copyLabel(props.label)}
        hidden
      >
        {s.copy}
      </button>
    </div>
  );
}

/**
 * »Abonnér«: what the Atom feeds and the iCal calendars are, in plain Danish, and every public
 * committee's two addresses to copy (the copy buttons appear only with the script).
 */
export function SubscribePage(props: {
  origin: string;
  committees: PublicCommittee[];
  viewer: Viewer;
}) {
  return (
    <Layout title={s.title} viewer={props.viewer} scripts={["copy-link"]}>
      <h1>{s.title}</h1>
      <p class="lead">{s.intro}</p>
      <h2>{s.feedHeading}</h2>
      <p>{s.feedText}</p>
      <h2>{s.calendarHeading}</h2>
      <p>{s.calendarText}</p>
      <p>{s.searchText}</p>
      <p
        class="visually-hidden"
        role="status"
        id="kopi-status"
        data-copied={s.copied}
        data-failed={s.copyFailed}
      />
      <h2>{s.committeesHeading}</h2>
      {props.committees.length === 0 ? <p>{s.none}</p> : null}
      <ul class="subscribe-list">
        {props.committees.map((c) => (
          <li>
            <h3>
              <a href={committeeHref(c.slug)}>{c.name}</a>
            </h3>
            <CopyableLink
              id={`feed-${c.id}`}
              url={`${props.origin}${feedHref(c.slug)}`}
              label={s.feedLabel(c.name)}
            />
            <CopyableLink
              id={`kalender-${c.id}`}
              url={`${props.origin}${calendarHref(c.slug)}`}
              label={s.calendarLabel(c.name)}
            />
          </li>
        ))}
      </ul>
    </Layout>
  );
}
