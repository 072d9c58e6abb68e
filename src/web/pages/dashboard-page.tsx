import type { Child } from "hono/jsx";
import type { VisibleCommittee } from "../../domain/access/list-visible-committees.ts";
import { copenhagenWallClock } from "../../domain/meeting/copenhagen-time.ts";
import type { MeetingSummary } from "../../domain/meeting/meeting.types.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { MeetingList } from "../components/meeting-list.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = webMessages.dashboard;
const d = agendaMessages.dashboard;

/** Secretaries and administrators plan meetings and keep a committee's standing items. */
const plans = (c: VisibleCommittee) => c.roles.includes("secretary") || c.roles.includes("admin");

/** Links that serve every committee: planning, follow-up tasks, the private calendar. */
function MeetingLinks(props: { committees: VisibleCommittee[] }) {
  const planner = props.committees.find(plans);
  return (
    <section class="dashboard-meetings" aria-labelledby="moeder-kalender">
      <h2 id="moeder-kalender">{d.heading}</h2>
      <nav aria-label={d.links}>
        <ul class="agenda-links-list">
          {planner ? (
            <li>
              <a href={`/app/moeder/ny?udvalg=${planner.id}`}>{d.plan}</a>
            </li>
          ) : null}
          <li>
            <a href="/app/opfoelgning">{d.followUps}</a>
          </li>
          <li>
            <a href="/app/kalender">{d.myCalendar}</a>
          </li>
        </ul>
      </nav>
    </section>
  );
}

/** Under a committee's heading: its year calendar, and for planners its settings. */
function CommitteeLinks(props: { committee: VisibleCommittee; year: number }) {
  const { committee: c, year } = props;
  const base = `/app/udvalg/${c.id}`;
  const links: [string, string][] = [[`${base}/kalender/${year}`, d.yearCalendar(year)]];
  if (plans(c)) {
    links.push(
      [`/app/moeder/ny?udvalg=${c.id}`, d.planHere],
      [`${base}/temaer`, d.themes],
      [`${base}/faste-punkter`, d.standing],
    );
  }
  return (
    <nav aria-label={d.committeeLinks(c.name)}>
      <ul class="agenda-links-list">
        {links.map(([href, label]) => (
          <li>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The staff start page: the user's committees and all their meetings. */
export function DashboardPage(props: {
  committees: VisibleCommittee[];
  meetings: MeetingSummary[];
  viewer: Viewer;
  /** The cases panel (links and unread notifications), shown first. */
  cases?: Child;
}) {
  const year = Number(copenhagenWallClock(new Date()).slice(0, 4));
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {props.cases}
      {props.committees.length > 0 ? <MeetingLinks committees={props.committees} /> : null}
      {props.committees.length === 0 ? <p>{m.empty}</p> : null}
      {props.committees.map((c) => {
        const meetings = props.meetings.filter((x) => x.committee.id === c.id);
        return (
          <section aria-labelledby={`udvalg-${c.id}`}>
            <h2 id={`udvalg-${c.id}`}>{c.name}</h2>
            <p class="muted">
              {m.roles}: {c.roles.map((r) => webMessages.roles[r]).join(", ")}
            </p>
            <CommitteeLinks committee={c} year={year} />
            {meetings.length === 0 ? (
              <p>{m.noMeetings}</p>
            ) : (
              <MeetingList meetings={meetings} hrefBase="/app/moeder/" staff={true} />
            )}
          </section>
        );
      })}
    </Layout>
  );
}
