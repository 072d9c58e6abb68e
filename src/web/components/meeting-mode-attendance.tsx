import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import { afterParticipantName } from "../../domain/meeting/participant-title.ts";
import type { MeetingModeView } from "../../domain/meeting-mode/get-meeting-mode-view.ts";
import { hasSentApologies, holdsSeat } from "../../domain/meeting-room/presence.ts";
import { meetingModeMessages } from "../../i18n/da/meeting-mode.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";

const m = minutesMessages.hold;
const ma = meetingModeMessages.attendance;

type Participant = FullMeeting["participants"][number];

function statusOf(p: Participant) {
  const at = (s: string) => p.attendance.find((a) => a.status === s);
  return {
    absent: hasSentApologies(p),
    late: at("arrived_late")?.agendaItemNumber ?? null,
    early: at("left_early")?.agendaItemNumber ?? null,
    note: p.attendance.find((a) => a.note)?.note ?? "",
    shown: p.attendance.some((a) => a.note && a.showInMinutes),
  };
}

/** Members a participant can stand in for: invited, not guests, not substitutes themselves. */
const membersOf = (meeting: FullMeeting) => meeting.participants.filter(holdsSeat);

/**
 * Attendance of every participant as one grid: present or afbud, the item from which they
 * arrived or before which they left, whom they stand in for, a note and whether the minutes
 * show it. Saved as a whole (in the background with the meeting-mode script). Below it, a
 * substitute from the roster can be called in for a member with afbud.
 */
export function MeetingModeAttendance(props: {
  view: MeetingModeView;
  csrfToken: string;
  editable: boolean;
}) {
  const { meeting } = props.view;
  const members = membersOf(meeting);
  const options = (selected: number | null, none: string) => [
    <option value="" selected={selected === null}>
      {none}
    </option>,
    ...meeting.items.map((i) => (
      <option value={String(i.id)} selected={selected === i.number}>
        {`${i.number}. ${i.title}`}
      </option>
    )),
  ];
  return (
    <section
      class="hold-attendance"
      id="fremmoede-sektion"
      aria-labelledby="fremmoede"
      data-pane-body
    >
      <h2 id="fremmoede" tabindex={-1}>
        {m.attendanceHeading}
      </h2>
      <p class="muted">{m.attendanceIntro}</p>
      <p class="muted" id="fremmoede-note-hint">
        {ma.noteHint}
      </p>
      <form
        method="post"
        action={`/app/moeder/${meeting.id}/afvikling/fremmoede`}
        class="hold-form"
        data-autosave
        data-done={m.attendanceSaved}
      >
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <p class="hold-form-message" data-message role="alert" />
        <div class="hold-people">
          {meeting.participants.map((p) => {
            const s = statusOf(p);
            const id = (x: string) => `deltager-${p.id}-${x}`;
            return (
              <fieldset class="hold-person" disabled={!props.editable}>
                <legend>
                  {p.name}
                  {afterParticipantName(p)}
                  {p.guest ? ` (${m.guest})` : ""}
                </legend>
                <input type="hidden" name="deltager" value={String(p.id)} />
                <label for={id("fremmoede")}>{m.presence}</label>
                <select
                  id={id("fremmoede")}
                  name={`fremmoede-${p.id}`}
                  data-target={`presence-${p.id}`}
                >
                  <option value="present" selected={!s.absent}>
                    {m.present}
                  </option>
                  <option value="absent" selected={s.absent}>
                    {m.absent}
                  </option>
                </select>
                <label for={id("fra")}>{m.lateFrom}</label>
                <select id={id("fra")} name={`fra-${p.id}`} data-target={`late-${p.id}`}>
                  {options(s.late, m.noItem.late)}
                </select>
                <label for={id("foer")}>{m.leftBefore}</label>
                <select id={id("foer")} name={`foer-${p.id}`} data-target={`left-${p.id}`}>
                  {options(s.early, m.noItem.early)}
                </select>
                {/* Whom a substitute stands in for; a member holds a seat of their own and is
                    never offered it (substitutes come through »Indkald en stedfortræder«). */}
                {p.guest || holdsSeat(p) ? null : (
                  <>
                    <label for={id("stedfortraeder")}>{ma.substituteFor}</label>
                    <select id={id("stedfortraeder")} name={`stedfortraeder-${p.id}`}>
                      <option value="" selected={!p.substituteForId}>
                        {ma.nobody}
                      </option>
                      {members
                        .filter((x) => x.id !== p.id)
                        .map((x) => (
                          <option value={String(x.id)} selected={p.substituteForId === x.id}>
                            {x.name}
                          </option>
                        ))}
                    </select>
                  </>
                )}
                <label for={id("note")}>{m.note}</label>
                <input
                  id={id("note")}
                  name={`note-${p.id}`}
                  type="text"
                  value={s.note}
                  maxlength={500}
                  aria-describedby="fremmoede-note-hint"
                />
                <label class="hold-check" for={id("vis")}>
                  <input
                    id={id("vis")}
                    name={`vis-${p.id}`}
                    type="checkbox"
                    value="ja"
                    checked={s.shown}
                  />{" "}
                  {ma.showInMinutes}
                </label>
              </fieldset>
            );
          })}
        </div>
        {props.editable ? (
          <button class="button" type="submit">
            {m.saveAttendance}
          </button>
        ) : null}
      </form>
      {props.editable ? <CallInSubstitute view={props.view} csrfToken={props.csrfToken} /> : null}
    </section>
  );
}

/** Calling in a substitute from the roster for a member who is not present. */
function CallInSubstitute(props: { view: MeetingModeView; csrfToken: string }) {
  const { meeting, substitutes } = props.view;
  const invited = new Set(meeting.participants.map((p) => p.personId).filter(Boolean));
  const free = substitutes.filter((s) => !invited.has(s.personId));
  // Members a substitute may stand in for: not recorded present and not covered already;
  // those with afbud first, the first of them chosen. Without afbud nobody is chosen for the
  // secretary, as calling a substitute in records the member's afbud.
  const open = membersOf(meeting).filter(
    (p) =>
      !p.attendance.some((a) => a.status !== "absent") &&
      !meeting.participants.some((s) => s.substituteForId === p.id),
  );
  const afbud = open.filter((p) => p.attendance.some((a) => a.status === "absent"));
  const others = open.filter((p) => !afbud.includes(p));
  return (
    <details class="hold-callin">
      <summary>{ma.callInHeading}</summary>
      {free.length === 0 || open.length === 0 ? (
        <p>{free.length === 0 ? ma.noSubstitutes : ma.nobodyToCover}</p>
      ) : (
        <form
          method="post"
          action={`/app/moeder/${meeting.id}/afvikling/stedfortraeder`}
          class="hold-form"
          data-after="all"
          data-done={ma.calledIn}
        >
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <p class="muted">{ma.callInIntro}</p>
          <p class="hold-form-message" data-message role="alert" />
          <label for="indkald-person">{ma.callInPerson}</label>
          <select id="indkald-person" name="person">
            {free.map((s) => (
              <option value={String(s.personId)}>{s.name}</option>
            ))}
          </select>
          <label for="indkald-medlem">{ma.callInFor}</label>
          <select id="indkald-medlem" name="medlem">
            {afbud.length === 0 ? <option value="">{ma.chooseMember}</option> : null}
            {[...afbud, ...others].map((p) => (
              <option value={String(p.id)}>
                {afbud.includes(p) ? `${p.name} (${ma.hasAfbud})` : p.name}
              </option>
            ))}
          </select>
          <button class="button" type="submit">
            {ma.callIn}
          </button>
        </form>
      )}
    </details>
  );
}
