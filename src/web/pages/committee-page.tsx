import type { MeetingSummary } from "../../domain/meeting/meeting.types.ts";
import type { PublicCommittee } from "../../domain/publication/list-public-committees.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { MeetingList } from "../components/meeting-list.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = webMessages.committee;

/**
 * A committee's public meetings, newest first. The slug is unique per organisation, so
 * several organisations' committees may share a page; each gets its own section.
 */
export function CommitteePage(props: {
  committees: PublicCommittee[];
  meetings: MeetingSummary[];
  viewer: Viewer;
}) {
  const [first] = props.committees;
  const name = first?.name ?? "";
  const several = props.committees.length > 1;
  return (
    <Layout title={m.title(name)} viewer={props.viewer}>
      <h1>{m.title(name)}</h1>
      {several ? null : <p class="muted">{first?.organisationName}</p>}
      {props.committees.map((c) => {
        const meetings = props.meetings.filter((x) => x.committee.id === c.id);
        return (
          <section aria-labelledby={`udvalg-${c.id}`}>
            <h2 id={`udvalg-${c.id}`}>{several ? c.organisationName : m.meetingsHeading}</h2>
            {meetings.length === 0 ? (
              <p>{m.empty}</p>
            ) : (
              <MeetingList meetings={meetings} hrefBase="/moeder/" staff={false} />
            )}
          </section>
        );
      })}
    </Layout>
  );
}
