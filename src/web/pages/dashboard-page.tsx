import type { Child } from "hono/jsx";
import type { VisibleCommittee } from "../../domain/access/list-visible-committees.ts";
import type { MeetingSummary } from "../../domain/meeting/meeting.types.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { MeetingList } from "../components/meeting-list.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = webMessages.dashboard;

/** The staff start page: the user's committees and all their meetings. */
export function DashboardPage(props: {
  committees: VisibleCommittee[];
  meetings: MeetingSummary[];
  viewer: Viewer;
  /** The cases panel (links and unread notifications), shown first. */
  cases?: Child;
}) {
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {props.cases}
      {props.committees.length === 0 ? <p>{m.empty}</p> : null}
      {props.committees.map((c) => {
        const meetings = props.meetings.filter((x) => x.committee.id === c.id);
        return (
          <section aria-labelledby={`udvalg-${c.id}`}>
            <h2 id={`udvalg-${c.id}`}>{c.name}</h2>
            <p class="muted">
              {m.roles}: {c.roles.map((r) => webMessages.roles[r]).join(", ")}
            </p>
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
