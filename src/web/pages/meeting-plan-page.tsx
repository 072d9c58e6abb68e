import type { CommitteeMember } from "../../domain/meeting/list-committee-members.ts";
import type { RosterEntry } from "../../domain/roster/list-roster.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";
import { AgendaNotices } from "../components/agenda-notices.tsx";
import { TextField } from "../components/text-field.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const p = agendaMessages.plan;

export interface PlanFormValues {
  committeeId: number | null;
  date: string;
  start: string;
  end: string;
  location: string;
  guests: string;
  repeat: string;
  count: string;
  /** Chosen members; null means all. */
  participants: number[] | null;
}

export const emptyPlan = (committeeId: number | null): PlanFormValues => ({
  committeeId,
  date: "",
  start: "09:00",
  end: "11:00",
  location: "",
  guests: "",
  repeat: "none",
  count: "6",
  participants: null,
});

const REPEAT_LABELS: [string, string][] = [
  ["none", p.repeatNone],
  ["weekly", p.repeatWeekly],
  ["biweekly", p.repeatBiweekly],
  ["fourweekly", p.repeatFourWeekly],
  ["monthly", p.repeatMonthly],
];

/** The committee's members to tick (a committee without a roster). */
function MemberChoice(props: { members: CommitteeMember[]; chosen: (id: number) => boolean }) {
  return (
    <fieldset>
      <legend>{p.participants}</legend>
      {props.members.length === 0 ? <p>{p.noMembers}</p> : null}
      <ul class="agenda-choices">
        {props.members.map((x) => (
          <li>
            <label class="checkbox">
              <input
                type="checkbox"
                name="deltager"
                value={String(x.userId)}
                checked={props.chosen(x.userId)}
              />{" "}
              {x.title ? `${x.name} (${x.title})` : x.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A committee with a roster invites the roster of the meeting's date; today's is shown. */
function RosterNote(props: { roster: RosterEntry[]; committeeId: number | null }) {
  const r = rosterMessages;
  return (
    <section aria-labelledby="plan-deltagere">
      <h2 id="plan-deltagere">{p.participants}</h2>
      <p>{r.plan.fromRoster}</p>
      <ul>
        {props.roster.map((x) => (
          <li>
            {x.name}
            {x.party ? ` (${x.party})` : ""}, {r.roles[x.role].toLowerCase()}
          </li>
        ))}
      </ul>
      <p>
        <a href={`/app/udvalg/${props.committeeId}/medlemmer`}>{r.plan.edit}</a>
      </p>
    </section>
  );
}

/**
 * Planning a meeting, single or recurring: committee, date, times, place, the committee's
 * members (all ticked) and guests. Choosing another committee reloads its members (GET).
 */
export function MeetingPlanPage(props: {
  viewer: Viewer;
  committees: { id: number; name: string }[];
  members: CommitteeMember[];
  /** The committee's roster today, when it has one: then the roster of the date is invited. */
  roster?: RosterEntry[] | null;
  values: PlanFormValues;
  errors?: readonly string[];
}) {
  const v = props.values;
  const csrf = props.viewer?.csrfToken ?? "";
  const chosen = (id: number) => v.participants === null || v.participants.includes(id);
  return (
    <Layout title={p.title} viewer={props.viewer}>
      <h1>{p.title}</h1>
      <p class="lead">{p.intro}</p>
      <AgendaNotices errorTitle={p.errorsTitle} errors={props.errors ?? null} />
      <form method="get" action="/app/moeder/ny" class="agenda-form">
        <label for="vaelg-udvalg">{p.committee}</label>
        <select id="vaelg-udvalg" name="udvalg">
          {props.committees.map((c) => (
            <option value={String(c.id)} selected={c.id === v.committeeId}>
              {c.name}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="agenda-button">
          {p.chooseCommittee}
        </button>
      </form>
      <form method="post" action="/app/moeder/ny" class="agenda-form agenda-plan-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="udvalg" value={String(v.committeeId ?? "")} />
        <TextField required id="dato" label={p.date} hint={p.dateHint} value={v.date} type="date" />
        <TextField
          required
          id="start"
          label={p.start}
          hint={p.timeHint}
          value={v.start}
          type="time"
        />
        <TextField required id="slut" label={p.end} value={v.end} type="time" />
        <TextField required id="sted" label={p.location} hint={p.locationHint} value={v.location} />
        {props.roster ? (
          <RosterNote roster={props.roster} committeeId={v.committeeId} />
        ) : (
          <MemberChoice members={props.members} chosen={chosen} />
        )}
        <input type="hidden" name="deltagere_valgt" value="1" />
        <label for="gaester">{p.guests}</label>
        <p class="muted" id="gaester-hint">
          {p.guestsHint}
        </p>
        <textarea id="gaester" name="gaester" rows={3} aria-describedby="gaester-hint">
          {v.guests}
        </textarea>
        <fieldset>
          <legend>{p.repeat}</legend>
          {REPEAT_LABELS.map(([value, label]) => (
            <label class="checkbox">
              <input type="radio" name="gentag" value={value} checked={v.repeat === value} />{" "}
              {label}
            </label>
          ))}
        </fieldset>
        <TextField id="antal" label={p.count} hint={p.countHint} value={v.count} type="number" />
        <button type="submit" class="button">
          {p.submit}
        </button>
      </form>
    </Layout>
  );
}
