import type { MeetingSummary } from "../../domain/meeting/meeting.types.ts";
import type { PublicCommittee } from "../../domain/publication/list-public-committees.ts";
import type { MeetingYear } from "../../domain/publication/list-public-meeting-years.ts";
import type { PublicMember } from "../../domain/publication/list-public-members.ts";
import type { UpcomingMeeting } from "../../domain/publication/list-upcoming-meetings.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { Breadcrumbs, type Crumb } from "../components/breadcrumbs.tsx";
import { CommitteeMembers } from "../components/committee-members.tsx";
import { MeetingList } from "../components/meeting-list.tsx";
import { SubscribeLinks } from "../components/subscribe-links.tsx";
import { UpcomingMeetings } from "../components/upcoming-meetings.tsx";
import { YearNav } from "../components/year-nav.tsx";
import { Layout, type Viewer } from "../layout.tsx";
import { committeeHref, feedHref } from "../portal-urls.ts";

const m = webMessages.committee;
const p = portalMessages.committee;

export interface CommitteePageProps {
  committees: PublicCommittee[];
  years: MeetingYear[];
  /** The year shown; `chosen` when the URL named it (else it is the newest). */
  year: number;
  chosen: boolean;
  meetings: MeetingSummary[];
  upcoming: UpcomingMeeting[];
  /** Today's members, per committee (by id); empty for a committee without a roster. */
  members: Map<number, PublicMember[]>;
  viewer: Viewer;
}

/**
 * A committee's public meetings of one year, with links to the other years, its upcoming
 * meetings, its feed and calendar, and who sits on it. The slug is unique per organisation, so several
 * organisations' committees may share a page; each gets its own list.
 */
export function CommitteePage(props: CommitteePageProps) {
  const [first] = props.committees;
  const name = first?.name ?? "";
  const slug = first?.slug ?? "";
  const several = props.committees.length > 1;
  const trail: Crumb[] = props.chosen
    ? [{ label: name, href: committeeHref(slug) }, { label: String(props.year) }]
    : [{ label: name }];
  return (
    <Layout
      title={props.chosen ? p.yearTitle(name, props.year) : m.title(name)}
      viewer={props.viewer}
      head={
        <link
          rel="alternate"
          type="application/atom+xml"
          title={p.feedTitle(name)}
          href={feedHref(slug)}
        />
      }
    >
      <Breadcrumbs trail={trail} />
      <h1>{m.title(name)}</h1>
      <p class="muted">
        {several
          ? props.committees.map((c) => c.organisationName).join(", ")
          : first?.organisationName}
      </p>
      <SubscribeLinks slug={slug} />
      <UpcomingMeetings meetings={props.upcoming} />
      <section aria-labelledby="moeder-aar">
        <h2 id="moeder-aar">{p.yearHeading(props.year)}</h2>
        <YearNav slug={slug} years={props.years} current={props.year} />
        {props.meetings.length === 0 ? <p>{p.noYear(props.year)}</p> : null}
        {props.committees.map((c) => {
          const meetings = props.meetings.filter((x) => x.committee.id === c.id);
          if (meetings.length === 0) return null;
          return (
            <>
              {several ? <h3>{c.organisationName}</h3> : null}
              <MeetingList meetings={meetings} hrefBase="/moeder/" staff={false} />
            </>
          );
        })}
      </section>
      {props.committees.some((c) => props.members.get(c.id)?.length) ? (
        <section aria-labelledby="medlemmer">
          <h2 id="medlemmer">{p.members}</h2>
          {props.committees.map((c) => (
            <>
              {several && props.members.get(c.id)?.length ? <h3>{c.organisationName}</h3> : null}
              <CommitteeMembers members={props.members.get(c.id) ?? []} />
            </>
          ))}
        </section>
      ) : null}
    </Layout>
  );
}
