import type { PublicMeeting } from "../../domain/publication/publication.policy.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { publicDocument } from "../../render/build-document.ts";
import { MeetingDocumentView } from "../../render/html/meeting-document.tsx";
import { DocumentDownloads } from "../components/document-downloads.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = webMessages.meeting;

/** A published agenda or minutes, rendered only from the publication policy's view. */
export function PublicMeetingPage(props: { meeting: PublicMeeting; viewer: Viewer }) {
  const { meeting } = props;
  const doc = publicDocument(meeting);
  return (
    <Layout title={doc.title} viewer={props.viewer}>
      <p class="muted back-link">
        <a href={`/udvalg/${encodeURIComponent(meeting.committee.slug)}`}>
          {m.backToCommittee(meeting.committee.name)}
        </a>
      </p>
      <MeetingDocumentView
        doc={doc}
        attachmentHref={(a) => (a.stored && a.id !== null ? `/bilag/${a.id}` : null)}
      >
        <DocumentDownloads base={`/moeder/${meeting.id}`} />
      </MeetingDocumentView>
    </Layout>
  );
}
