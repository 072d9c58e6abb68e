import { publicDocument } from "../../domain/document/build-document.ts";
import type { PublicItemView } from "../../domain/publication/get-public-item.ts";
import type { CaseHistoryEntry } from "../../domain/publication/list-case-history.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { CaseHistory } from "../components/case-history.tsx";
import { DocumentItemBody } from "../components/document-item-body.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";
import { committeeHref, meetingHref } from "../portal-urls.ts";

const p = portalMessages.item;

/**
 * One item of a published meeting on its own page, with the case's history across public
 * meetings. The item comes from the public document (the publication policy), never from rows.
 */
export function PublicItemPage(props: {
  view: PublicItemView;
  history: CaseHistoryEntry[] | null;
  viewer: Viewer;
}) {
  const { meeting, place } = props.view;
  const doc = publicDocument(meeting);
  const item = doc.items[place - 1];
  if (!item) throw new Error(`no item at place ${place}`);
  const { slug, name } = meeting.committee;
  const year = Number(meeting.startsAt.slice(0, 4));
  const meetingUrl = meetingHref(meeting.id);
  return (
    <Layout title={`${item.heading} – ${doc.title}`} viewer={props.viewer}>
      <Breadcrumbs
        trail={[
          { label: name, href: committeeHref(slug) },
          { label: String(year), href: committeeHref(slug, year) },
          { label: doc.title, href: meetingUrl },
          { label: p.crumb(item.number) },
        ]}
      />
      <article class="document">
        <h1>{item.heading}</h1>
        <p class="muted">
          {p.fromMeeting}:{" "}
          <a href={`${meetingUrl}#${item.anchor}`}>
            {`${name} ${formatShortDate(meeting.startsAt)}`}
          </a>
        </p>
        <DocumentItemBody item={item} />
        <CaseHistory entries={props.history} current={{ meetingId: meeting.id, place }} />
      </article>
    </Layout>
  );
}
