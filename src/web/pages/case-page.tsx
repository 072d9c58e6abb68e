import { ALLOWED_TYPES } from "../../domain/attachment/check-attachment-file.ts";
import type { CaseView } from "../../domain/case/get-case.ts";
import type { CaseMeeting, HistoryEvent } from "../../domain/case/get-case-history.ts";
import type { CaseAttachment } from "../../domain/case/list-case-attachments.ts";
import type { CommentView } from "../../domain/case/list-comments.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { CaseActionBar } from "../components/case-action-bar.tsx";
import { CaseAttachmentList } from "../components/case-attachment-list.tsx";
import { CaseChanges, type CaseChangesView } from "../components/case-changes.tsx";
import { type CheckView, lixText } from "../components/case-check.tsx";
import { CaseComments } from "../components/case-comments.tsx";
import { CaseEvents } from "../components/case-events.tsx";
import { CaseFactsForm, CaseFactsList } from "../components/case-facts.tsx";
import { CaseField } from "../components/case-field.tsx";
import { CaseSharing } from "../components/case-sharing.tsx";
import { formatCaseTime } from "../components/case-time.ts";
import { stepRefusalOf } from "../components/case-workflow-actions.tsx";
import { ErrorSummary } from "../components/error-summary.tsx";
import { OutcomeNotice } from "../components/outcome-notice.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

/**
 * The id of a bilag's notice in the bilag section: the address a bilag's change leads back to
 * ends in it, so the page opens there and the notice, focusable, takes the focus (a page
 * opened at a fragment does not autofocus).
 */
export const ATTACHMENT_NOTICE = "bilag-besked";
/** The same for a comment, told in its thread. */
export const COMMENT_NOTICE = "kommentar-besked";

const m = caseUi.page;
const ACCEPT = ALLOWED_TYPES.flatMap((t) => t.extensions.map((x) => `.${x}`)).join(",");
const DOCX = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** The form the action bar's buttons post. */
const FORM_ID = "sag-formular";

export interface CasePageProps {
  view: CaseView;
  viewer: NonNullable<Viewer>;
  /** The viewer's user id. */
  me: number;
  /** Null while the writing check is on its way (the editor then asks for it). */
  checks: Record<string, CheckView> | null;
  caseLix: { lix: number; scale: string; words: number; applies: boolean } | null;
  threads: CommentView[];
  events: HistoryEvent[];
  /** The meetings the case has been on (agenda items), oldest first. */
  meetings: CaseMeeting[];
  approvers: { id: number; name: string; title: string | null }[];
  /** The case's changes: since the viewer last saw it, or any earlier version (»Vis ændringer«). */
  changes: CaseChangesView | null;
  attachments: CaseAttachment[];
  /** Whom the author may share the case with (empty for others). */
  colleagues: { id: number; name: string }[];
  notice: string | null;
  /**
   * Where the notice is told, when not at the top: about a bilag in the bilag section, about
   * a comment in its thread (the page opens there: ATTACHMENT_NOTICE, COMMENT_NOTICE).
   */
  noticeAt?: "attachments" | { thread: number } | null;
  error: CaseError | null;
  /**
   * Set when the page shows a refused save: the form holds the unsaved text, the heading the
   * stored title, and leaving the page asks first.
   */
  storedTitle?: string | null;
}

/** A refusal to show: the message, and its problems each with what it is about, if known. */
export interface CaseError {
  message: string;
  details: readonly string[];
  targets?: readonly (string | null)[];
}

/** Where on the page a problem's target is (check-submission's SubmissionTarget). */
function hrefOf(target: string | null | undefined): string | null {
  if (!target) return null;
  if (target.startsWith("field:")) return `#felt-${target.slice("field:".length)}`;
  const facts: Record<string, string> = {
    purpose: "#sag-formaal",
    title: "#sag-titel",
    closureReason: "#sag-begrundelse",
    journalNumber: "#sag-journal",
    durationMinutes: "#sag-tid",
    openDecision: "#sag-aaben",
    approver: "#sag-godkender",
    returnComment: "#sag-retur",
  };
  return facts[target] ?? null;
}

/** The refusal at the top of the page; each problem links to its field when it has one. */
function CaseErrorSummary(props: { error: CaseError }) {
  const { message, details, targets = [] } = props.error;
  const linked = targets.some((t) => hrefOf(t) !== null);
  if (details.length === 1 && details[0] === message) {
    // One problem: the message itself is the link, not said twice.
    return <ErrorSummary class="case-error" messages={[message]} links={[hrefOf(targets[0])]} />;
  }
  return (
    <ErrorSummary class="case-error" messages={[message]}>
      {details.length > 1 || linked ? (
        <ul>
          {details.map((d, i) => {
            const href = hrefOf(targets[i]);
            return <li>{href ? <a href={href}>{d}</a> : d}</li>;
          })}
        </ul>
      ) : null}
    </ErrorSummary>
  );
}

function readOnlyNote(v: CaseView): string {
  if (v.status === "submitted") return m.readOnly.submitted(v.approver?.name ?? "");
  if (v.status === "approved") return m.readOnly.approved;
  return m.readOnly.other;
}

function People(props: { view: CaseView }) {
  const v = props.view;
  return (
    <dl class="facts case-people">
      <dt>{m.status}</dt>
      <dd>
        <span class="tag case-status">{caseUi.status[v.status] ?? v.status}</span>
      </dd>
      {v.committee ? (
        <>
          <dt>{m.committee}</dt>
          <dd>{v.committee.name}</dd>
        </>
      ) : null}
      {v.author ? (
        <>
          <dt>{m.author}</dt>
          <dd>{v.author.name}</dd>
        </>
      ) : null}
      {v.approver ? (
        <>
          <dt>{m.approver}</dt>
          <dd>{v.approver.name}</dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * Why a returned case was returned, at the top of the page: the approver's comment (a thread
 * of the comments further down), who sent it back and when.
 */
function ReturnComment(props: { view: CaseView; events: HistoryEvent[]; threads: CommentView[] }) {
  if (props.view.status !== "returned") return null;
  const step = props.events.findLast((e) => e.kind === "status" && e.step === "returned");
  const commentId = step?.kind === "status" ? step.commentId : null;
  const comment = props.threads.flatMap((t) => [t, ...t.replies]).find((c) => c.id === commentId);
  if (!step || !comment) return null;
  return (
    <section class="case-returned" aria-labelledby="sendt-retur">
      <h2 id="sendt-retur">{m.returnedBy(comment.author.name, formatCaseTime(step.at))}</h2>
      {comment.body.split(/\n+/).map((p) => (
        <p>{p}</p>
      ))}
      {/* For whoever is to answer it: the author, who may edit the returned case. */}
      {props.view.permissions.edit ? (
        <p>
          <a href={`#kommentar-${comment.id}`}>{m.replyToReturn}</a>
        </p>
      ) : null}
    </section>
  );
}

/**
 * The secretary closed the case's latest agenda item while the case itself says open: the
 * author must know its text stays out of the public view there.
 */
/** The meeting whose agenda closed the case's latest item while the case is open, or null. */
function closedOnAgendaOf(view: CaseView, meetings: CaseMeeting[]): string | null {
  const latest = meetings.at(-1);
  if (view.closed || !latest?.closed) return null;
  return `${latest.committee} ${formatShortDate(latest.startsAt)}`;
}

/**
 * A case: the editor for whoever may edit it now (author of a draft or returned case, the
 * chosen approver while reviewing), otherwise the case read-only; comments, bilag, Word
 * export/import, versions and the case's history below.
 */
export function CasePage(props: CasePageProps) {
  const { view: v, viewer, checks } = props;
  const editable = v.permissions.edit;
  const base = `/app/sager/${v.id}`;
  // A step refused for want of an approver or a comment is told in its panel, not up here.
  const refusal = props.error ? stepRefusalOf(props.error, props.approvers.length) : null;
  const closedOn = closedOnAgendaOf(v, props.meetings);
  const at = props.noticeAt;
  const thread =
    typeof at === "object" && at ? props.threads.find((t) => t.id === at.thread) : null;
  const commentNotice =
    props.notice && thread
      ? { threadId: thread.id, text: props.notice, id: COMMENT_NOTICE }
      : undefined;
  // Told where it happened, when that part is on the page; else at the top.
  const noticeBelow = at === "attachments" || commentNotice !== undefined;
  const fields = v.fields.map((f) => (
    <CaseField
      field={f}
      editable={editable}
      check={checks?.[f.key] ?? null}
      checkPending={checks === null}
      commentable={!editable && v.permissions.comment}
    />
  ));
  const lix = props.caseLix;
  const unsaved = typeof props.storedTitle === "string";
  const title = props.storedTitle ?? v.title;
  return (
    <Layout
      title={title}
      viewer={viewer}
      scripts={
        editable ? ["case-editor", "unsaved-changes"] : v.permissions.comment ? ["case-editor"] : []
      }
    >
      <Breadcrumbs trail={[{ label: m.breadcrumb, href: "/app/sager" }, { label: title }]} />
      <h1>{title}</h1>
      <CaseActionBar
        view={v}
        approvers={props.approvers}
        form={editable || v.permissions.review ? FORM_ID : null}
        editable={editable}
        unsaved={unsaved}
        checks={checks}
        refusal={refusal}
      />
      <People view={v} />
      <ReturnComment view={v} events={props.events} threads={props.threads} />
      {closedOn ? <p class="notice">{m.closedOnMeeting(closedOn)}</p> : null}
      {props.notice && !noticeBelow ? (
        <OutcomeNotice class="case-notice">{props.notice}</OutcomeNotice>
      ) : null}
      {props.error && !refusal ? <CaseErrorSummary error={props.error} /> : null}
      {props.changes ? <CaseChanges changes={props.changes} /> : null}
      {editable ? (
        <form
          method="post"
          action={base}
          id={FORM_ID}
          class="case-form"
          data-unsaved-guard
          data-unsaved={unsaved ? "" : undefined}
          data-case-editor={String(v.id)}
          data-csrf={viewer.csrfToken}
        >
          <input type="hidden" name="_csrf" value={viewer.csrfToken} />
          <input type="hidden" name="version" value={String(v.version)} data-case-version />
          <CaseFactsForm view={v} invalid={props.error?.targets ?? []} />
          {fields}
          <p class="case-lix" aria-live="polite" data-case-lix>
            {lix?.applies ? caseUi.check.caseLix(lixText(lix.lix), lix.scale) : null}
          </p>
          <div class="case-save">
            <p class="muted" id="gem-hint">
              {m.saveHint}
            </p>
            <button class="button" type="submit" aria-describedby="gem-hint">
              {m.save}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p class="case-readonly">{readOnlyNote(v)}</p>
          <CaseFactsList view={v} closedOn={closedOn} />
          {fields}
          {lix?.applies ? (
            <p class="case-lix">{caseUi.check.caseLix(lixText(lix.lix), lix.scale)}</p>
          ) : null}
          {v.permissions.review ? (
            <form method="post" action={base} id={FORM_ID}>
              <input type="hidden" name="_csrf" value={viewer.csrfToken} />
              <input type="hidden" name="version" value={String(v.version)} />
            </form>
          ) : null}
        </>
      )}
      <CaseComments
        caseId={v.id}
        version={v.version}
        threads={props.threads}
        fields={v.fields}
        canComment={v.permissions.comment}
        csrfToken={viewer.csrfToken}
        people={[v.author, ...v.sharedWith, v.approver].filter(
          (p, i, all): p is { id: number; name: string } =>
            p !== null && p.id !== props.me && all.findIndex((q) => q?.id === p.id) === i,
        )}
        told={v.author && v.author.id !== props.me ? [v.author.id] : []}
        me={props.me}
        notice={commentNotice}
      />
      {v.permissions.share ? (
        <CaseSharing
          caseId={v.id}
          shared={v.sharedWith}
          colleagues={props.colleagues}
          csrfToken={viewer.csrfToken}
        />
      ) : null}
      <section class="case-attachments" aria-labelledby="bilag">
        <h2 id="bilag">{caseUi.attachments.heading}</h2>
        {props.notice && props.noticeAt === "attachments" ? (
          <OutcomeNotice class="case-notice" id={ATTACHMENT_NOTICE}>
            {props.notice}
          </OutcomeNotice>
        ) : null}
        <CaseAttachmentList
          base={base}
          attachments={props.attachments}
          editable={editable}
          csrfToken={viewer.csrfToken}
        />
        {editable ? (
          <form method="post" action={`${base}/bilag`} enctype="multipart/form-data">
            <input type="hidden" name="_csrf" value={viewer.csrfToken} />
            <label for="sag-bilag">{caseUi.attachments.file}</label>
            <p class="muted" id="sag-bilag-hint">
              {caseUi.attachments.hint}
            </p>
            <input
              type="file"
              id="sag-bilag"
              name="fil"
              required
              accept={ACCEPT}
              aria-describedby="sag-bilag-hint"
            />
            <div class="case-checkbox">
              <input
                type="checkbox"
                id="sag-bilag-offentlig"
                name="offentlig"
                value="1"
                checked={!v.closed}
              />
              <label for="sag-bilag-offentlig">{caseUi.attachments.public}</label>
            </div>
            <button class="button case-secondary" type="submit">
              {caseUi.attachments.submit}
            </button>
          </form>
        ) : null}
      </section>
      <section class="case-word" aria-labelledby="word">
        <h2 id="word">{m.links}</h2>
        <ul>
          <li>
            <a href={`${base}/versioner`}>{m.versions}</a>
          </li>
          <li>
            <a href={`${base}/sag.docx`}>{m.exportDocx}</a>
          </li>
        </ul>
        {editable ? (
          <form method="post" action={`${base}/import`} enctype="multipart/form-data">
            <h3>{caseUi.word.importHeading}</h3>
            <input type="hidden" name="_csrf" value={viewer.csrfToken} />
            <input type="hidden" name="version" value={String(v.version)} />
            <label for="sag-import">{caseUi.word.importFile}</label>
            <p class="muted" id="sag-import-hint">
              {caseUi.word.importHint}
            </p>
            <input
              type="file"
              id="sag-import"
              name="fil"
              required
              accept={DOCX}
              aria-describedby="sag-import-hint"
            />
            <button class="button case-secondary" type="submit">
              {caseUi.word.importSubmit}
            </button>
          </form>
        ) : null}
      </section>
      <CaseEvents events={props.events} caseId={v.id} meetings={props.meetings} />
    </Layout>
  );
}
