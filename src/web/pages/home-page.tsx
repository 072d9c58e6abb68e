import type { PublicCommittee } from "../../domain/publication/list-public-committees.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { Layout, type Viewer } from "../layout.tsx";
import { committeeHref } from "../portal-urls.ts";

const m = webMessages.home;

/** The public front page: committees with published meetings, grouped by organisation. */
export function HomePage(props: { committees: PublicCommittee[]; viewer: Viewer }) {
  const organisations = [...new Set(props.committees.map((c) => c.organisationName))];
  const several = organisations.length > 1;
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {props.committees.length === 0 ? <p>{m.empty}</p> : null}
      {organisations.map((org) => (
        <section aria-label={org}>
          {several ? <h2>{org}</h2> : <p class="muted">{org}</p>}
          <ul class="cards">
            {props.committees
              .filter((c) => c.organisationName === org)
              .map((c) => (
                <li>
                  <a href={committeeHref(c.slug)}>{c.name}</a>
                  <p class="muted">{m.meetingCount(c.publicMeetings)}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
