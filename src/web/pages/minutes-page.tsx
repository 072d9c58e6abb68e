import type { Child } from "hono/jsx";
import type { MeetingDocument } from "../../domain/document/document.ts";
import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import { inPhase } from "../../domain/meeting/meeting-lifecycle.ts";
import { closedWithoutOpenDecision } from "../../domain/minutes/items-without-decision.ts";
import type { MinutesVersionSummary } from "../../domain/minutes/list-minutes-versions.ts";
import type { PrivacySummary } from "../../domain/privacy/summarise-findings.ts";
import { publicationKind } from "../../domain/publication/publication.policy.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { MeetingDocumentView } from "../../render/html/meeting-document.tsx";
import { DocumentDownloads } from "../components/document-downloads.tsx";
import { ErrorSummary } from "../components/error-summary.tsx";
import { OutcomeNotice } from "../components/outcome-notice.tsx";
import { PrivacySummaryView } from "../components/privacy-summary.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = minutesMessages.minutes;

const when = (at: Date) =>
  at.toLocaleString("da-DK", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Copenhagen",
  });

export interface MinutesState {
  approvedAt: Date | null;
  approvedIn: string | null;
}

/**
 * The minutes of a meeting for staff (/app/moeder/:id/referat): status, publishing, versions
 * with their reasons, and corrections once published; below, the minutes as they read now.
 */
export function MinutesPage(props: {
  meeting: FullMeeting;
  doc: MeetingDocument;
  versions: MinutesVersionSummary[];
  state: MinutesState;
  viewer: Viewer;
  canManage: boolean;
  error?: string | null;
  /** What the action that led here did (»Referatet er offentliggjort …«). */
  notice?: string | null;
  /** Before the minutes go out, for the secretary: the CPR-shaped numbers in them. */
  privacy?: PrivacySummary | null;
  /** The members' part: sign-offs, their protokoltilførsler, the recording. */
  children?: Child;
}) {
  const { meeting, doc, versions, state, canManage } = props;
  const token = props.viewer?.csrfToken ?? "";
  const base = `/app/moeder/${meeting.id}`;
  const published = inPhase("minutesOut", meeting.status);
  return (
    <Layout title={doc.title} viewer={props.viewer} scripts={["submit-once"]}>
      <MeetingDocumentView
        doc={doc}
        attachmentHref={(a) => (a.stored && a.id !== null ? `/app/bilag/${a.id}` : null)}
      >
        <p>
          <span class="tag">{webMessages.status[meeting.status]}</span>{" "}
          {publicationKind(meeting) === "minutes" ? (
            <a href={`/moeder/${meeting.id}`}>{m.public}</a>
          ) : null}{" "}
          {canManage ? <a href={`${base}/afvikling`}>{m.hold}</a> : null}
        </p>
        {props.notice ? <OutcomeNotice>{props.notice}</OutcomeNotice> : null}
        {props.error ? <ErrorSummary messages={[props.error]} /> : null}
        <section class="minutes-status" aria-labelledby="referat-status">
          <h2 id="referat-status">{m.statusHeading}</h2>
          {inPhase("open", meeting.status) ? (
            <p>
              {m.notHeld}
              {canManage && meeting.status === "agenda_published" ? (
                <>
                  {" "}
                  <a href={`${base}/afvikling#afslut`}>{m.finishLink}</a>
                </>
              ) : null}
            </p>
          ) : null}
          {meeting.status === "held" ? (
            <>
              <p>{m.readyToPublish}</p>
              {canManage ? <NoOpenDecision meeting={meeting} /> : null}
              {canManage && props.privacy ? (
                <PrivacySummaryView
                  summary={props.privacy}
                  meetingId={meeting.id}
                  document="minutes"
                  level={3}
                />
              ) : null}
              {canManage ? (
                <form method="post" action={`${base}/referat/offentliggoer`} data-submit-once>
                  <input type="hidden" name="_csrf" value={token} />
                  <button class="button" type="submit">
                    {m.publish}
                  </button>
                </form>
              ) : null}
            </>
          ) : null}
          {meeting.minutesPublishedAt && published ? (
            <p>{m.published(when(meeting.minutesPublishedAt))}</p>
          ) : null}
          {meeting.status === "minutes_published" ? <p>{m.awaitingApproval}</p> : null}
          {state.approvedAt ? <p>{m.approved(when(state.approvedAt), state.approvedIn)}</p> : null}
          {meeting.status === "minutes_approved" ? <p class="notice">{m.lockedNote}</p> : null}
        </section>
        {props.children}
        {versions.length > 0 ? (
          <section aria-labelledby="referat-udgaver">
            <h2 id="referat-udgaver">{m.versionsHeading}</h2>
            <ol class="minutes-versions">
              {versions.map((v, i) => (
                <li>
                  <a href={`${base}/referat/version/${v.number}`}>
                    {m.versionOf(v.number, when(v.createdAt), v.createdBy)}
                  </a>
                  {i === versions.length - 1 ? ` (${m.current})` : ""}
                  <br />
                  {m.reason}: {v.reason || m.firstVersion}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {published && canManage ? (
          <section aria-labelledby="referat-ret">
            <h2 id="referat-ret">{m.correctHeading}</h2>
            <p class="muted">{m.correctIntro}</p>
            <form method="post" action={`${base}/referat/ret`} class="hold-form">
              <input type="hidden" name="_csrf" value={token} />
              <label for="ret-punkt">{m.correctItem}</label>
              <select id="ret-punkt" name="punkt">
                {meeting.items.map((i) => (
                  <option value={String(i.id)}>
                    {webMessages.meeting.item(i.number, i.title)}
                  </option>
                ))}
              </select>
              <label for="ret-tekst">{m.correctText}</label>
              <textarea id="ret-tekst" name="tekst" rows={5} />
              {meeting.items.some((i) => i.closed) ? (
                <>
                  <label for="ret-aaben">{m.correctOpenDecision}</label>
                  <textarea id="ret-aaben" name="aaben_beslutning" rows={3} />
                </>
              ) : null}
              <label for="ret-begrundelse">{m.correctReason}</label>
              <input id="ret-begrundelse" name="begrundelse" type="text" maxlength={1000} />
              <button class="button" type="submit">
                {m.correct}
              </button>
            </form>
          </section>
        ) : null}
        {/* The files are the agenda until the meeting is held. */}
        {inPhase("open", meeting.status) ? null : <DocumentDownloads base={base} />}
      </MeetingDocumentView>
    </Layout>
  );
}

/** One stored version of the minutes, for staff or (derived by the policy) the public. */
export function MinutesVersionPage(props: {
  doc: MeetingDocument;
  version: MinutesVersionSummary;
  latest: number;
  currentHref: string;
  viewer: Viewer;
  attachmentHref?: (a: { id: number | null; stored: boolean }) => string | null;
}) {
  const { doc, version } = props;
  const title = `${doc.title} – ${m.version(version.number)}`;
  const shown: MeetingDocument = { ...doc, title };
  return (
    <Layout title={title} viewer={props.viewer}>
      <MeetingDocumentView doc={shown} attachmentHref={props.attachmentHref}>
        <div class="notice">
          <p>{m.versionOf(version.number, when(version.createdAt), version.createdBy)}</p>
          <p>
            {m.reason}: {version.reason || m.firstVersion}
          </p>
          {version.number < props.latest ? <p>{m.oldVersionNote(version.number)}</p> : null}
          <p>
            <a href={props.currentHref}>{m.toCurrent}</a>
          </p>
        </div>
      </MeetingDocumentView>
    </Layout>
  );
}

/** Closed items whose decision the public would not read of, each linked to where to write it. */
function NoOpenDecision(props: { meeting: FullMeeting }) {
  const items = closedWithoutOpenDecision(props.meeting.items);
  if (items.length === 0) return null;
  return (
    <div class="notice" id="uden-aaben-beslutning">
      <p>{m.noOpenDecision(items.length)}</p>
      <ul>
        {items.map((item) => (
          <li>
            <a href={`/app/moeder/${props.meeting.id}/afvikling#aaben-${item.id}`}>
              {webMessages.meeting.item(item.number, item.title)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
