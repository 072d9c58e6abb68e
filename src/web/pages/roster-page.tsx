import type { RosterEntry } from "../../domain/roster/list-roster.ts";
import type { RosterChoices } from "../../domain/roster/list-roster-choices.ts";
import { ROSTER_ROLES } from "../../domain/roster/roster-rules.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";
import { AgendaNotices } from "../components/agenda-notices.tsx";
import { TextField } from "../components/text-field.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const m = rosterMessages;
const p = m.page;

/** What the add and edit forms show again after a refusal. */
export interface RosterFormValues {
  personId: string;
  name: string;
  title: string;
  party: string;
  email: string;
  userId: string;
  role: string;
  startsOn: string;
  endsOn: string;
  substituteForId: string;
}

export const emptyRosterForm = (): RosterFormValues => ({
  personId: "",
  name: "",
  title: "",
  party: "",
  email: "",
  userId: "",
  role: "member",
  startsOn: "",
  endsOn: "",
  substituteForId: "",
});

export const formOfEntry = (x: RosterEntry): RosterFormValues => ({
  personId: String(x.personId),
  name: x.name,
  title: x.title ?? "",
  party: x.party ?? "",
  email: x.email ?? "",
  userId: x.userId === null ? "" : String(x.userId),
  role: x.role,
  startsOn: x.startsOn,
  endsOn: x.endsOn ?? "",
  substituteForId: x.substituteForId === null ? "" : String(x.substituteForId),
});

function MembershipFields(props: {
  prefix: string;
  values: RosterFormValues;
  members: RosterEntry[];
  choices: RosterChoices;
}) {
  const v = props.values;
  const id = (name: string) => `${props.prefix}-${name}`;
  return (
    <>
      <label for={id("rolle")}>{p.role}</label>
      <select id={id("rolle")} name="rolle">
        {ROSTER_ROLES.map((r) => (
          <option value={r} selected={v.role === r}>
            {m.roles[r]}
          </option>
        ))}
      </select>
      <TextField
        autocomplete="off"
        id={id("fra")}
        name="fra"
        label={p.startsOn}
        hint={p.dateHint}
        type="date"
        value={v.startsOn}
        required
      />
      <TextField
        autocomplete="off"
        id={id("til")}
        name="til"
        label={p.endsOn}
        type="date"
        value={v.endsOn}
      />
      <label for={id("for")}>{p.substituteFor}</label>
      <select id={id("for")} name="stedfortraeder_for">
        <option value="">{p.substituteForNone}</option>
        {props.members
          .filter((x) => x.role !== "substitute" && String(x.personId) !== v.personId)
          .map((x) => (
            <option value={String(x.personId)} selected={v.substituteForId === String(x.personId)}>
              {x.name}
            </option>
          ))}
      </select>
    </>
  );
}

function PersonFields(props: { prefix: string; values: RosterFormValues; choices: RosterChoices }) {
  const v = props.values;
  const id = (name: string) => `${props.prefix}-${name}`;
  return (
    <>
      <TextField id={id("navn")} name="navn" label={p.name} value={v.name} autocomplete="name" />
      <TextField autocomplete="off" id={id("titel")} name="titel" label={p.title} value={v.title} />
      <TextField autocomplete="off" id={id("parti")} name="parti" label={p.party} value={v.party} />
      <TextField
        id={id("email")}
        name="email"
        label={p.email}
        type="email"
        value={v.email}
        autocomplete="email"
      />
      <label for={id("bruger")}>{p.user}</label>
      <p class="muted" id={`${id("bruger")}-hint`}>
        {p.userHint}
      </p>
      <select id={id("bruger")} name="bruger" aria-describedby={`${id("bruger")}-hint`}>
        <option value="">{p.userNone}</option>
        {props.choices.users.map((u) => (
          <option value={String(u.id)} selected={v.userId === String(u.id)}>
            {`${u.name} (${u.email})`}
          </option>
        ))}
      </select>
    </>
  );
}

/** "1. januar 2026 – (fortsat)": the dates as people write them. */
const period = (x: RosterEntry) =>
  `${formatShortDate(x.startsOn)} – ${x.endsOn ? formatShortDate(x.endsOn) : p.open}`;

function RosterTable(props: {
  id: string;
  caption: string;
  empty: string;
  entries: RosterEntry[];
  base: string;
  csrf: string;
  endable: boolean;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.caption}</h2>
      {props.entries.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <div class="table-wrap">
          <table class="case-table roster-table">
            <thead>
              <tr>
                <th scope="col">{p.name}</th>
                <th scope="col">{p.role}</th>
                <th scope="col">{p.party}</th>
                <th scope="col">{p.period}</th>
                <th scope="col">{p.actions}</th>
              </tr>
            </thead>
            <tbody>
              {props.entries.map((x) => (
                <tr>
                  <th scope="row" id={`medlem-${x.membershipId}`}>
                    {x.name}
                    {x.title ? <span class="muted">{`, ${x.title}`}</span> : null}
                  </th>
                  <td>
                    {m.roles[x.role]}
                    {x.substituteForName ? (
                      <span class="muted">{` ${p.forMember(x.substituteForName)}`}</span>
                    ) : null}
                  </td>
                  <td>{x.party ?? ""}</td>
                  <td>{period(x)}</td>
                  <td>
                    <a href={`${props.base}/${x.membershipId}`}>{p.edit(x.name)}</a>
                    {props.endable ? (
                      <form
                        method="post"
                        action={`${props.base}/${x.membershipId}/afslut`}
                        class="agenda-form roster-end"
                      >
                        <input type="hidden" name="_csrf" value={props.csrf} />
                        <label for={`slut-${x.membershipId}`}>{p.endOn}</label>
                        <input id={`slut-${x.membershipId}`} name="til" type="date" value="" />
                        <button type="submit" class="agenda-button">
                          {p.endSubmit(x.name)}
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A committee's roster: current and past members, adding a person, ending a membership. */
export function RosterPage(props: {
  viewer: Viewer;
  committee: { id: number; name: string };
  roster: { current: RosterEntry[]; past: RosterEntry[] };
  choices: RosterChoices;
  values: RosterFormValues;
  errors?: readonly string[];
  notice?: string | null;
}) {
  const title = p.heading(props.committee.name);
  const csrf = props.viewer?.csrfToken ?? "";
  const base = `/app/udvalg/${props.committee.id}/medlemmer`;
  const v = props.values;
  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      <p class="lead">{p.intro}</p>
      <AgendaNotices
        errorTitle={p.errorsTitle}
        errors={props.errors ?? null}
        notice={props.notice ?? null}
      />
      <RosterTable
        id="nuvaerende"
        caption={p.current}
        empty={p.noCurrent}
        entries={props.roster.current}
        base={base}
        csrf={csrf}
        endable
      />
      <RosterTable
        id="tidligere"
        caption={p.past}
        empty={p.noPast}
        entries={props.roster.past}
        base={base}
        csrf={csrf}
        endable={false}
      />
      <form method="post" action={base} class="agenda-form roster-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <h2 id="tilfoej">{p.add}</h2>
        <label for="ny-person">{p.existing}</label>
        <select id="ny-person" name="person">
          <option value="">{p.existingNone}</option>
          {props.choices.persons.map((x) => (
            <option value={String(x.id)} selected={v.personId === String(x.id)}>
              {x.party ? `${x.name} (${x.party})` : x.name}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>{p.newPerson}</legend>
          <PersonFields prefix="ny" values={v} choices={props.choices} />
        </fieldset>
        <MembershipFields
          prefix="ny"
          values={v}
          members={props.roster.current}
          choices={props.choices}
        />
        <button type="submit" class="button">
          {p.submitAdd}
        </button>
      </form>
    </Layout>
  );
}

/** Editing one membership and its person. */
export function RosterEditPage(props: {
  viewer: Viewer;
  committee: { id: number; name: string };
  membershipId: number;
  members: RosterEntry[];
  choices: RosterChoices;
  values: RosterFormValues;
  errors?: readonly string[];
}) {
  const title = p.editTitle(props.values.name || props.committee.name);
  const csrf = props.viewer?.csrfToken ?? "";
  const base = `/app/udvalg/${props.committee.id}/medlemmer`;
  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      <p>
        <a href={base}>{p.back}</a>
      </p>
      <AgendaNotices errorTitle={p.errorsTitle} errors={props.errors ?? null} />
      <form method="post" action={`${base}/${props.membershipId}`} class="agenda-form roster-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <PersonFields prefix="ret" values={props.values} choices={props.choices} />
        <MembershipFields
          prefix="ret"
          values={props.values}
          members={props.members}
          choices={props.choices}
        />
        <button type="submit" class="button">
          {p.submitEdit}
        </button>
      </form>
    </Layout>
  );
}
