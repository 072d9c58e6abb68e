import { publicDocument } from "../../domain/document/build-document.ts";
import { withSignoffs } from "../../domain/document/signoff-lines.ts";
import type { MinutesSignoffs } from "../../domain/minutes/get-minutes-signoffs.ts";
import { type PublicRecording, recordingLink } from "../../domain/minutes/recording-chapters.ts";
import type { PublicMeeting } from "../../domain/publication/publication.policy.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import { MeetingDocumentView } from "../../render/html/meeting-document.tsx";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { DocumentDownloads } from "../components/document-downloads.tsx";
import { Layout, type Viewer } from "../layout.tsx";
import {
  attachmentHref,
  chaptersHref,
  committeeHref,
  itemHref,
  meetingHref,
} from "../portal-urls.ts";

const p = portalMessages.item;
const r = signoffMessages.portal;

/** A published agenda or minutes, rendered only from the publication policy's view. */
export function PublicMeetingPage(props: {
  meeting: PublicMeeting;
  viewer: Viewer;
  /** The members' approval of the minutes (§13), shown live beside the document. */
  signoffs?: MinutesSignoffs | null;
  /** The recording and its chapters, as the publication policy lets them out. */
  recording?: PublicRecording | null;
}) {
  const { meeting, recording } = props;
  const doc = withSignoffs(publicDocument(meeting), props.signoffs ?? null);
  const url = recording?.url ?? null;
  const chapterOf = new Map((recording?.chapters ?? []).map((x) => [x.number, x]));
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
        itemFooter={(item, index) => {
          const chapter = chapterOf.get(item.number);
          return (
            <p class="item-link">
              <a href={itemHref(meeting.id, index + 1)}>{p.link(item.number)}</a>
              {url && chapter ? (
                <>
                  {" · "}
                  <a href={recordingLink(url, chapter)}>{r.itemInRecording(item.number)}</a>
                </>
              ) : null}
            </p>
          );
        }}
      >
        <DocumentDownloads base={meetingHref(meeting.id)} />
        {url ? (
          <p class="recording-links">
            <a href={url}>{r.recording}</a>
            {recording && recording.chapters.length > 0 ? (
              <>
                {" · "}
                <a href={chaptersHref(meeting.id)} type="text/vtt">
                  {r.chapters}
                </a>
              </>
            ) : null}
          </p>
        ) : null}
      </MeetingDocumentView>
    </Layout>
  );
}
