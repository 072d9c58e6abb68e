import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import { publicationKind } from "../../domain/publication/publication.policy.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { internalDocument } from "../../render/build-document.ts";
import { MeetingDocumentView } from "../../render/html/meeting-document.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = webMessages.meeting;

/** The full meeting for staff with a role on its committee; closed content clearly marked. */
export function StaffMeetingPage(props: { meeting: FullMeeting; viewer: Viewer }) {
  const { meeting } = props;
  const doc = internalDocument(meeting);
  return (
    <Layout title={doc.title} viewer={props.viewer}>
      <MeetingDocumentView doc={doc}>
        <p>
          <span class="tag">{webMessages.status[meeting.status]}</span>{" "}
          {publicationKind(meeting) ? (
            <a href={`/moeder/${meeting.id}`}>{m.publicVersion}</a>
          ) : null}
        </p>
      </MeetingDocumentView>
    </Layout>
  );
}
