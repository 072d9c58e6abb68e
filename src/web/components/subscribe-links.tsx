import { portalMessages } from "../../i18n/da/portal.ts";
import { calendarHref, feedHref } from "../portal-urls.ts";

const m = portalMessages.committee;

/** A committee's Atom feed and iCal calendar. */
export function SubscribeLinks(props: { slug: string }) {
  return (
    <nav class="subscribe" aria-label={m.subscribe}>
      <ul>
        <li>
          <a href={feedHref(props.slug)} type="application/atom+xml">
            {m.feed}
          </a>
        </li>
        <li>
          <a href={calendarHref(props.slug)} type="text/calendar">
            {m.calendar}
          </a>
        </li>
      </ul>
    </nav>
  );
}
