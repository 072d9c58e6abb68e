import type { Child } from "hono/jsx";
import type { VisibleCommittee } from "../../domain/access/list-visible-committees.ts";
import { copenhagenWallClock } from "../../domain/meeting/copenhagen-time.ts";
import type { MeetingSummary } from "../../domain/meeting/meeting.types.ts";
import { inPhase } from "../../domain/meeting/meeting-lifecycle.ts";
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

const SHOWN = 3;

/**
 * What a committee's section lists: the next meetings, soonest first (the next three, and
 * every coming meeting whose agenda is out, since members have that to read), and the latest
 * held ones, newest first; the rest is in the year calendar.
 */
export function dashboardMeetings(meetings: MeetingSummary[], now: string) {
  // A meeting held before its planned day is held, not coming.
  const coming = (x: MeetingSummary) => x.startsAt >= now && inPhase("open", x.status);
  const upcoming = meetings
    .filter(coming)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .filter((x, i) => i < SHOWN || x.status !== "planned");
  const recent = meetings
    .filter((x) => !coming(x))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .slice(0, SHOWN);
  return { upcoming, recent };
}

/** The staff start page: the user's committees with their next and latest meetings. */
export function DashboardPage(props: {
  committees: VisibleCommittee[];
  meetings: MeetingSummary[];
  viewer: Viewer;
  /** The cases panel (links and unread notifications), shown first. */
  cases?: Child;
}) {
  const now = copenhagenWallClock(new Date());
  const year = Number(now.slice(0, 4));
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {props.cases}
      {props.committees.length > 0 ? <MeetingLinks committees={props.committees} /> : null}
      {props.committees.length === 0 ? <p>{m.empty}</p> : null}
      {props.committees.map((c) => {
        const { upcoming, recent } = dashboardMeetings(
          props.meetings.filter((x) => x.committee.id === c.id),
          now,
        );
        return (
          <section aria-labelledby={`udvalg-${c.id}`}>
            <h2 id={`udvalg-${c.id}`}>{c.name}</h2>
            <p class="muted">
              {m.roles}: {c.roles.map((r) => webMessages.roles[r]).join(", ")}
            </p>
            <CommitteeLinks committee={c} year={year} />
            <h3>{m.upcoming}</h3>
            {upcoming.length === 0 ? (
              <p>{m.noUpcoming}</p>
            ) : (
              <MeetingList meetings={upcoming} hrefBase="/app/moeder/" staff={true} />
            )}
            {recent.length > 0 ? (
              <>
                <h3>{m.recent}</h3>
                <MeetingList meetings={recent} hrefBase="/app/moeder/" staff={true} />
              </>
            ) : null}
          </section>
        );
      })}
    </Layout>
  );
}
