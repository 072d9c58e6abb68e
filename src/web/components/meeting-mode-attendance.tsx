import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";

const m = minutesMessages.hold;

function statusOf(p: FullMeeting["participants"][number]) {
  const at = (s: string) => p.attendance.find((a) => a.status === s);
  return {
    absent: Boolean(p.attendance.find((a) => a.status === "absent" && a.agendaItemNumber === null)),
    late: at("arrived_late")?.agendaItemNumber ?? null,
    early: at("left_early")?.agendaItemNumber ?? null,
    note: p.attendance.find((a) => a.note)?.note ?? "",
  };
}

/** Attendance of every participant in one form: afbud, late arrival and early departure. */
export function MeetingModeAttendance(props: {
  meeting: FullMeeting;
  csrfToken: string;
  editable: boolean;
}) {
  const { meeting } = props;
  const options = (selected: number | null) => [
    <option value="" selected={selected === null}>
      {m.noItem}
    </option>,
    ...meeting.items.map((i) => (
      <option value={String(i.id)} selected={selected === i.number}>
        {`${i.number}. ${i.title}`}
      </option>
    )),
  ];
  return (
    <section class="hold-attendance" aria-labelledby="fremmoede">
      <h2 id="fremmoede">{m.attendanceHeading}</h2>
      <p class="muted">{m.attendanceIntro}</p>
      <form method="post" action={`/app/moeder/${meeting.id}/afvikling/fremmoede`}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div class="hold-people">
          {meeting.participants.map((p) => {
            const s = statusOf(p);
            const id = (x: string) => `deltager-${p.id}-${x}`;
            return (
              <fieldset class="hold-person" disabled={!props.editable}>
                <legend>
                  {p.name}
                  {p.title ? `, ${p.title}` : ""}
                  {p.guest ? ` (${m.guest})` : ""}
                </legend>
                <input type="hidden" name="deltager" value={String(p.id)} />
                <label for={id("fremmoede")}>{m.presence}</label>
                <select id={id("fremmoede")} name={`fremmoede-${p.id}`}>
                  <option value="present" selected={!s.absent}>
                    {m.present}
                  </option>
                  <option value="absent" selected={s.absent}>
                    {m.absent}
                  </option>
                </select>
                <label for={id("fra")}>{m.lateFrom}</label>
                <select id={id("fra")} name={`fra-${p.id}`}>
                  {options(s.late)}
                </select>
                <label for={id("foer")}>{m.leftBefore}</label>
                <select id={id("foer")} name={`foer-${p.id}`}>
                  {options(s.early)}
                </select>
                <label for={id("note")}>{m.note}</label>
                <input
                  id={id("note")}
                  name={`note-${p.id}`}
                  type="text"
                  value={s.note}
                  maxlength={500}
                />
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
    </section>
  );
}
