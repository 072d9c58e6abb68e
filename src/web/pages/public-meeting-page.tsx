import { publicDocument } from "../../domain/document/build-document.ts";
import type { PublicMeeting } from "../../domain/publication/publication.policy.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import { MeetingDocumentView } from "../../render/html/meeting-document.tsx";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { DocumentDownloads } from "../components/document-downloads.tsx";
import { Layout, type Viewer } from "../layout.tsx";
import { attachmentHref, committeeHref, itemHref, meetingHref } from "../portal-urls.ts";

const p = portalMessages.item;

/** A published agenda or minutes, rendered only from the publication policy's view. */
export function PublicMeetingPage(props: { meeting: PublicMeeting; viewer: Viewer }) {
  const { meeting } = props;
  const doc = publicDocument(meeting);
  const { slug, name } = meeting.committee;
  const year = Number(meeting.startsAt.slice(0, 4));
  return (
    <Layout title={doc.title} viewer={props.viewer}>
      <Breadcrumbs
        trail={[
          { label: name, href: committeeHref(slug) },
          { label: String(year), href: committeeHref(slug, year) },
          { label: doc.title },
        ]}
      />
      <MeetingDocumentView
        doc={doc}
        attachmentHref={(a) => (a.stored && a.id !== null ? attachmentHref(a.id) : null)}
        itemFooter={(item, index) => (
          <p class="item-link">
            <a href={itemHref(meeting.id, index + 1)}>{p.link(item.number)}</a>
          </p>
        )}
      >
        <DocumentDownloads base={meetingHref(meeting.id)} />
      </MeetingDocumentView>
    </Layout>
  );
}
