import { copenhagenWallClock } from "../../domain/meeting/copenhagen-time.ts";
import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import type { SignoffWorkspace } from "../../domain/minutes/get-signoff-workspace.ts";
import { MAX_MEMBER_NOTE_LENGTH } from "../../domain/minutes/submit-member-note.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { chaptersHref } from "../portal-urls.ts";
import { formatCaseTime } from "./case-time.ts";
import { TextField } from "./text-field.tsx";

const p = signoffMessages.page;

/** The panel's parts by their heading ids: where each minutes action lands afterwards. */
export const SIGNOFF_PARTS = {
  signoff: "referat-godkendelse",
  notes: "referat-tilfoersler",
  recording: "referat-optagelse",
} as const;

function Csrf(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** §13: the viewer's »Godkend referatet«, or when they approved. */
function SignSection(props: { w: SignoffWorkspace; base: string; token: string }) {
  const { w } = props;
  return (
    <section class="minutes-signoff" aria-labelledby={SIGNOFF_PARTS.signoff}>
      <h2 id={SIGNOFF_PARTS.signoff}>{p.heading}</h2>
      <p class="muted">{p.intro}</p>
      {w.signoffs === null ? <p>{p.notYet}</p> : null}
      {w.me?.signedAt ? <p>{p.youSigned(formatCaseTime(w.me.signedAt))}</p> : null}
      {w.canSign ? (
        <form method="post" action={`${props.base}/referat/godkend`}>
          <Csrf token={props.token} />
          <button class="button" type="submit">
            {p.sign}
          </button>
        </form>
      ) : null}
      {w.signoffs ? (
        <p>
          <a href="#godkendelse">{p.seeWho}</a>
        </p>
      ) : null}
    </section>
  );
}

function DeadlineStatus(props: { deadline: Date | null; now: Date }) {
  const { deadline } = props;
  if (!deadline) return <p>{p.noDeadline}</p>;
  const at = formatCaseTime(deadline);
  return <p>{props.now <= deadline ? p.deadlineIs(at) : p.deadlinePassed(at)}</p>;
}

/** The secretary's deadline and the notes awaiting them; a member's form and own pending notes. */
function NotesSection(props: {
  w: SignoffWorkspace;
  meeting: FullMeeting;
  base: string;
  token: string;
  now: Date;
}) {
  const { w, base, token } = props;
  if (!w.canManage && !w.me) return null;
  const items = props.meeting.items.filter((i) => !i.withdrawnAt);
  const deadlineValue = w.deadline
    ? copenhagenWallClock(w.deadline).slice(0, 16).replace(" ", "T")
    : "";
  return (
    <section class="member-notes" aria-labelledby={SIGNOFF_PARTS.notes}>
      <h2 id={SIGNOFF_PARTS.notes}>{p.notesHeading}</h2>
      <DeadlineStatus deadline={w.deadline} now={props.now} />
      {w.canManage ? (
        <form method="post" action={`${base}/referat/frist`} class="hold-form">
          <Csrf token={token} />
          <TextField
            id="tilfoersel-frist"
            name="frist"
            type="datetime-local"
            label={p.deadlineLabel}
            hint={p.deadlineHint}
            value={deadlineValue}
          />
          <button class="button" type="submit">
            {p.saveDeadline}
          </button>
        </form>
      ) : null}
      {w.canSubmitNote && w.me ? (
        <form method="post" action={`${base}/referat/tilfoersel`} class="hold-form">
          <Csrf token={token} />
          <h3>{p.yourNotesHeading}</h3>
          <label for="tilfoersel-punkt">{p.noteItem}</label>
          <select id="tilfoersel-punkt" name="punkt">
            {items.map((i) => (
              <option value={String(i.id)}>{webMessages.meeting.item(i.number, i.title)}</option>
            ))}
          </select>
          <label for="tilfoersel-tekst">{p.noteText}</label>
          <p class="muted" id="tilfoersel-tekst-hint">
            {p.noteHint(w.me.author)}
          </p>
          <textarea
            id="tilfoersel-tekst"
            name="tekst"
            rows={5}
            required
            maxlength={MAX_MEMBER_NOTE_LENGTH}
            aria-describedby="tilfoersel-tekst-hint"
          />
          <button class="button" type="submit">
            {p.submitNote}
          </button>
        </form>
      ) : null}
      <h3>{w.canManage ? p.pendingHeading : p.yourPending}</h3>
      {w.pending.length === 0 ? <p>{p.noPending}</p> : null}
      <ul class="pending-notes">
        {w.pending.map((n) => (
          <li>
            <p>
              <strong>
                {p.pendingLine(webMessages.meeting.item(n.itemNumber, n.itemTitle), n.author)}
              </strong>
            </p>
            <p>{n.text}</p>
            {w.canManage ? (
              <div class="button-row">
                <form method="post" action={`${base}/referat/tilfoersel/${n.id}/medtag`}>
                  <Csrf token={token} />
                  <button class="button" type="submit">
                    {p.acceptLabel(n.author, n.itemNumber)}
                  </button>
                </form>
                <form method="post" action={`${base}/referat/tilfoersel/${n.id}/afvis`}>
                  <Csrf token={token} />
                  <button class="button case-secondary" type="submit">
                    {p.rejectLabel(n.author, n.itemNumber)}
                  </button>
                </form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The secretary stores the recording's address; the chapters file the public reads. */
function RecordingSection(props: {
  w: SignoffWorkspace;
  meeting: FullMeeting;
  base: string;
  token: string;
}) {
  if (!props.w.canManage) return null;
  return (
    <section class="meeting-recording" aria-labelledby={SIGNOFF_PARTS.recording}>
      <h2 id={SIGNOFF_PARTS.recording}>{p.recordingHeading}</h2>
      <form method="post" action={`${props.base}/referat/optagelse`} class="hold-form">
        <Csrf token={props.token} />
        <TextField
          id="optagelse-url"
          name="url"
          type="url"
          label={p.recordingLabel}
          hint={p.recordingHint}
          value={props.w.recordingUrl ?? ""}
        />
        <button class="button" type="submit">
          {p.saveRecording}
        </button>
      </form>
      <p>
        <a href={chaptersHref(props.meeting.id)}>{p.chaptersLink}</a>
      </p>
    </section>
  );
}

/** The minutes page's part for §13 sign-offs, members' protokoltilførsler and the recording. */
export function MinutesSignoffPanel(props: {
  workspace: SignoffWorkspace;
  meeting: FullMeeting;
  csrfToken: string;
  now?: Date;
}) {
  const base = `/app/moeder/${props.meeting.id}`;
  const now = props.now ?? new Date();
  const shared = { w: props.workspace, meeting: props.meeting, base, token: props.csrfToken };
  return (
    <>
      <SignSection {...shared} />
      <NotesSection {...shared} now={now} />
      <RecordingSection {...shared} />
    </>
  );
}
