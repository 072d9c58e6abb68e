import type { AgendaWorkspace } from "../../domain/agenda/get-agenda-workspace.ts";
import { internalDocument } from "../../domain/document/build-document.ts";
import { inPhase } from "../../domain/meeting/meeting-lifecycle.ts";
import { publicationKind, withSentItems } from "../../domain/publication/publication.policy.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { privacyMessages } from "../../i18n/da/privacy.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { MeetingDocumentView } from "../../render/html/meeting-document.tsx";
import { AgendaAssembly } from "../components/agenda-assembly.tsx";
import { AgendaNotices } from "../components/agenda-notices.tsx";
import { ReadingItemFooter, ReadingSummary } from "../components/agenda-reading.tsx";
import { AnnotateLink } from "../components/annotate-link.tsx";
import { AttachmentUploadForm } from "../components/attachment-upload-form.tsx";
import { DocumentDownloads } from "../components/document-downloads.tsx";
import { OfflineDownload } from "../components/offline-download.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = webMessages.meeting;
const a = agendaMessages.assembly;

/** The room is open: started and not ended, on a meeting not yet held. */
const underWay = (meeting: AgendaWorkspace["meeting"]) =>
  inPhase("running", meeting.status) &&
  (meeting.room?.status === "running" || meeting.room?.status === "paused");

/** Links to the other views of the meeting, for the roles and statuses they serve. */
function MeetingLinks(props: { ws: AgendaWorkspace }) {
  const { ws } = props;
  const { meeting } = ws;
  const base = `/app/moeder/${meeting.id}`;
  const year = meeting.startsAt.slice(0, 4);
  const links: [string, string][] = [];
  if (ws.canManage && inPhase("running", meeting.status))
    links.push([`${base}/afvikling`, a.meetingMode]);
  if (inPhase("running", meeting.status)) {
    links.push([`${base}/live`, a.live]);
    // The room: members vote and ask for the floor from their device; the chair leads.
    if (ws.canManage) links.push([`${base}/ordstyrer`, roomMessages.pages.ordstyrerLink]);
    else if (meeting.room?.status !== "ended")
      links.push([`${base}/deltag`, roomMessages.pages.deltagLink]);
    // The display for the room's screen is set up by the staff, not by a member.
    if (ws.canManage) links.push([`${base}/skaerm`, roomMessages.pages.skaermLink]);
  }
  if (inPhase(ws.canManage ? "held" : "minutesOut", meeting.status)) {
    links.push([`${base}/referat`, a.minutesLink]);
  }
  links.push([`/app/udvalg/${meeting.committee.id}/kalender/${year}`, a.calendar]);
  if (ws.canManage) links.push([`/app/udvalg/${meeting.committee.id}/temaer`, a.themes]);
  if (ws.canManage) links.push([`${base}/persondata`, privacyMessages.link]);
  links.push(["/app/kalender", a.myCalendar]);
  return (
    <nav class="agenda-links" aria-label={a.links}>
      <ul>
        {links.map(([href, label]) => (
          <li>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The agenda page at /app/moeder/:id for everyone with a role on the committee: the secretary
 * assembles and publishes the agenda here; members read it (not yet sent supplement items
 * stay hidden from them), see what changed since they last read it and keep private notes.
 */
export function StaffMeetingPage(props: {
  ws: AgendaWorkspace;
  viewer: Viewer;
  notice?: string | null;
  errors?: readonly string[] | null;
  /** Per error, the address of the field it is about, or null. */
  errorLinks?: readonly (string | null)[];
  errorTitle?: string;
}) {
  const { ws, viewer } = props;
  const { meeting } = ws;
  const csrfToken = viewer?.csrfToken ?? "";
  // Members see what was sent; the secretary sees every item (the pending ones are marked).
  const shown = ws.canManage ? meeting : withSentItems(meeting);
  const doc = internalDocument(shown);
  const base = `/app/moeder/${meeting.id}/dagsorden`;
  return (
    <Layout
      title={doc.title}
      viewer={viewer}
      scripts={[
        ...(ws.canAssemble ? (["agenda-order"] as const) : []),
        ...(viewer && shown.items.length > 0 ? (["agenda-reading"] as const) : []),
      ]}
    >
      <MeetingDocumentView
        doc={doc}
        attachmentHref={(x) => (x.stored && x.id !== null ? `/app/bilag/${x.id}` : null)}
        attachmentExtra={AnnotateLink}
        itemFooter={(_, i) => {
          // The document lists the shown items in the same order.
          const item = shown.items[i];
          if (!viewer || !item) return null;
          return (
            <>
              <ReadingItemFooter
                base={base}
                item={item}
                state={ws.reading.items.get(item.id)}
                csrfToken={csrfToken}
              />
              {ws.canManage ? (
                <AttachmentUploadForm itemId={item.id} closed={item.closed} csrfToken={csrfToken} />
              ) : null}
            </>
          );
        }}
      >
        <p>
          <span class="tag">{webMessages.status[meeting.status]}</span>{" "}
          {publicationKind(meeting) ? (
            <a href={`/moeder/${meeting.id}`} class="public-version">
              {m.publicVersion}
            </a>
          ) : null}
        </p>
        {!ws.canManage && underWay(meeting) ? (
          <p class="notice">
            <strong>{roomMessages.pages.underWay}</strong>{" "}
            <a href={`/app/moeder/${meeting.id}/deltag`}>{roomMessages.pages.voteFromDevice}</a>
          </p>
        ) : null}
        <MeetingLinks ws={ws} />
        {viewer ? <OfflineDownload meetingId={meeting.id} /> : null}
        <AgendaNotices
          errorTitle={props.errorTitle ?? a.errorsTitle}
          errors={props.errors ?? null}
          {...(props.errorLinks ? { errorLinks: props.errorLinks } : {})}
          notice={props.notice ?? null}
        />
        {ws.canAssemble && viewer ? <AgendaAssembly ws={ws} csrfToken={csrfToken} /> : null}
        {viewer && shown.items.length > 0 ? (
          <ReadingSummary
            base={base}
            items={shown.items}
            reading={ws.reading}
            csrfToken={csrfToken}
          />
        ) : null}
        <DocumentDownloads base={`/app/moeder/${meeting.id}`} />
      </MeetingDocumentView>
    </Layout>
  );
}
