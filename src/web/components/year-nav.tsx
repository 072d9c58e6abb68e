import type { MeetingYear } from "../../domain/publication/list-public-meeting-years.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import { committeeHref } from "../portal-urls.ts";

const m = portalMessages.committee;

/** Links to each year with public meetings; the shown year is marked as the current page. */
export function YearNav(props: { slug: string; years: MeetingYear[]; current: number }) {
  if (props.years.length < 2) return null;
  return (
    <nav class="year-nav" aria-label={m.yearsLabel}>
      <ul>
        {props.years.map(({ year, meetings }) => (
          <li>
            <a
              href={committeeHref(props.slug, year)}
              aria-current={year === props.current ? "page" : undefined}
            >
              {year}
              <span class="visually-hidden">: {m.yearCount(meetings)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
