import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import { publicationKind } from "../../domain/publication/publication.policy.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { internalDocument } from "../../render/build-document.ts";
import { MeetingDocumentView } from "../../render/html/meeting-document.tsx";
import { AttachmentUploadForm } from "../components/attachment-upload-form.tsx";
import { DocumentDownloads } from "../components/document-downloads.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = webMessages.meeting;

/** The full meeting for staff with a role on its committee; closed content clearly marked. */
export function StaffMeetingPage(props: {
  meeting: FullMeeting;
  viewer: Viewer;
  /** Secretaries and administrators get an upload form under each item. */
  canUpload?: boolean;
}) {
  const { meeting, viewer } = props;
  const doc = internalDocument(meeting);
  return (
    <Layout title={doc.title} viewer={viewer}>
      <MeetingDocumentView
        doc={doc}
        attachmentHref={(a) => (a.stored && a.id !== null ? `/app/bilag/${a.id}` : null)}
        itemFooter={(_, i) => {
          // The document lists the meeting's items in the same order.
          const item = meeting.items[i];
          if (!props.canUpload || !viewer || !item) return null;
          return (
            <AttachmentUploadForm
              itemId={item.id}
              closed={item.closed}
              csrfToken={viewer.csrfToken}
            />
          );
        }}
      >
        <p>
          <span class="tag">{webMessages.status[meeting.status]}</span>{" "}
          {publicationKind(meeting) ? (
            <a href={`/moeder/${meeting.id}`}>{m.publicVersion}</a>
          ) : null}
        </p>
        <DocumentDownloads base={`/app/moeder/${meeting.id}`} />
      </MeetingDocumentView>
    </Layout>
  );
}
