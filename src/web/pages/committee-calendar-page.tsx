import type { CalendarMeeting } from "../../domain/meeting/list-committee-year.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatMeetingDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const k = agendaMessages.calendar;
const months = webMessages.date.months;

/** A committee's meetings in one year, month by month, with links to plan more. */
export function CommitteeCalendarPage(props: {
  viewer: Viewer;
  committee: { id: number; name: string };
  year: number;
  meetings: CalendarMeeting[];
  canPlan: boolean;
}) {
  const { committee, year } = props;
  const title = k.title(committee.name, year);
  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      <p class="lead">{k.intro}</p>
      {props.canPlan ? (
        <ul class="agenda-links-list">
          <li>
            <a href={`/app/moeder/ny?udvalg=${committee.id}`}>{k.planNew}</a>
          </li>
          <li>
            <a href={`/app/udvalg/${committee.id}/temaer`}>{k.themes}</a>
          </li>
          <li>
            <a href={`/app/udvalg/${committee.id}/faste-punkter`}>{k.standing}</a>
          </li>
        </ul>
      ) : null}
      <nav class="year-nav" aria-label={k.years}>
        <ul>
          {[year - 1, year, year + 1].map((y) => (
            <li>
              <a
                href={`/app/udvalg/${committee.id}/kalender/${y}`}
                aria-current={y === year ? "page" : undefined}
              >
                {y}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="calendar-months">
        {months.map((name, i) => {
          const month = `${year}-${String(i + 1).padStart(2, "0")}`;
          const list = props.meetings.filter((x) => x.startsAt.startsWith(month));
          return (
            <section class="calendar-month" aria-labelledby={`maaned-${i + 1}`}>
              <h2 id={`maaned-${i + 1}`}>{name}</h2>
              {list.length === 0 ? (
                <p class="muted">{k.none}</p>
              ) : (
                <ul>
                  {list.map((x) => (
                    <li>
                      <a href={`/app/moeder/${x.id}`}>{formatMeetingDate(x.startsAt)}</a>
                      <br />
                      <span class="muted">
                        {x.location}
                        {" · "}
                        {webMessages.status[x.status]}
                        {x.seriesId ? ` · ${k.series}` : ""}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </Layout>
  );
}
