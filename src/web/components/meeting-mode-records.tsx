import type { Child } from "hono/jsx";
import type { MeetingItem } from "../../domain/meeting/meeting.types.ts";
import type { MeetingModeView } from "../../domain/meeting-mode/get-meeting-mode-view.ts";
import { partyTarget, presentAt, votersAt } from "../../domain/meeting-room/presence.ts";
import { meetingModeMessages } from "../../i18n/da/meeting-mode.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatShortDate } from "../format-date.ts";

const m = minutesMessages.hold;
const mv = meetingModeMessages.vote;
const md = minutesMessages.document;

function Csrf(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/**
 * A form that adds a record (an inhabilitet, a vote, a protocol note, a follow-up): emptied
 * once saved, with `done` said under its button and a refusal at its top (meeting-mode.ts).
 */
function AddForm(props: { action: string; done: string; token: string; children: Child }) {
  return (
    <form method="post" action={props.action} class="hold-form" data-reset data-done={props.done}>
      <p class="hold-form-message" data-message role="alert" />
      <Csrf token={props.token} />
      {props.children}
    </form>
  );
}

/** Removes a record; `done` is said in the bar, as the form goes with its entry. */
/**
 * Removes a record. With the script the first press only asks (the button then says to press
 * again), so a stray tap or Space on the first stop after a heading removes nothing.
 */
function RemoveButton(props: { action: string; label: string; done: string; token: string }) {
  return (
    <form
      method="post"
      action={props.action}
      class="hold-inline"
      data-done={props.done}
      data-confirm={m.confirmRemove(props.label)}
    >
      <Csrf token={props.token} />
      <button class="link-button" type="submit">
        {props.label}
      </button>
    </form>
  );
}

/**
 * Inhabilitet, votes, protokoltilførsler, postponing, forwarding and follow-up of one item,
 * each folded away until needed. Without a recordable meeting only the lists are shown.
 */
export function MeetingModeRecords(props: {
  view: MeetingModeView;
  item: MeetingItem;
  base: string;
  csrfToken: string;
}) {
  const { view, item, base, csrfToken: token } = props;
  const extra = view.items.get(item.id);
  const editable = view.recordable;
  const id = (x: string) => `${x}-${item.id}`;
  const to = extra?.continuedTo;
  const canMove = !item.standing && item.caseId !== null && !to;
  const decided = item.decision !== null && item.decision.outcome !== "postponed";
  return (
    <div class="hold-records">
      <details open={item.conflicts.length > 0}>
        <summary id={id("inhabil-titel")} data-live>
          {m.conflictsHeading} ({item.conflicts.length})
        </summary>
        <ul id={id("inhabil-liste")} data-live>
          {item.conflicts.map((c) => (
            <li>
              {md.conflictLine(c.name, c.note)}{" "}
              {editable ? (
                <RemoveButton
                  action={`${base}/inhabilitet/${c.participantId}/fjern`}
                  label={m.removeConflict(c.name)}
                  done={m.conflictRemoved(c.name)}
                  token={token}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {editable ? (
          <AddForm action={`${base}/inhabilitet`} done={m.conflictAdded} token={token}>
            <label for={id("inhabil")}>{m.conflictParticipant}</label>
            {/* Who can be inhabil: in the room for the item and not inhabil already. Live, so
                a registration or a change of attendance shows at once. */}
            <span id={id("inhabil-valg")} data-live>
              <select id={id("inhabil")} name="deltager">
                {presentAt(view.meeting, item.id).map((p) => (
                  <option value={String(p.id)}>{p.name}</option>
                ))}
              </select>
            </span>
            <label for={id("inhabil-note")}>{m.conflictNote}</label>
            <input
              id={id("inhabil-note")}
              name="note"
              type="text"
              maxlength={500}
              data-target="note"
            />
            <button class="button" type="submit">
              {m.addConflict}
            </button>
          </AddForm>
        ) : null}
      </details>
      <details open={item.votes.length > 0}>
        <summary id={id("stemmer-titel")} data-live>
          {m.votesHeading} ({item.votes.length})
        </summary>
        <ul id={id("stemmer-liste")} data-live>
          {item.votes.map((v, i) => (
            <li>
              {v.subject ? `${v.subject}: ` : ""}
              {md.voteLine(m.inFavour, v.inFavour, v.forCount)};{" "}
              {md.voteLine(m.against, v.against, v.againstCount)};{" "}
              {md.voteLine(m.abstaining, v.abstaining, v.abstainCount)}{" "}
              {editable && extra?.voteIds[i] ? (
                <RemoveButton
                  action={`${base}/afstemning/${extra.voteIds[i]}/fjern`}
                  label={m.removeVote(i + 1)}
                  done={m.voteRemoved(i + 1)}
                  token={token}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {editable ? (
          <AddForm action={`${base}/afstemning`} done={m.voteAdded} token={token}>
            <label for={id("emne")}>{m.voteSubject}</label>
            <input id={id("emne")} name="emne" type="text" maxlength={300} data-target="subject" />
            <VoteGrids view={view} itemId={item.id} />
            <h5 class="hold-vote-free">{mv.freeHeading}</h5>
            <p class="muted" id={id("navne-hjaelp")}>
              {m.namesHelp}
            </p>
            <p class="muted" id={id("antal-hjaelp")}>
              {m.countHelp}
            </p>
            {(
              [
                ["for", m.inFavour, "inFavour", "forCount"],
                ["imod", m.against, "against", "againstCount"],
                ["undlod", m.abstaining, "abstaining", "abstainCount"],
              ] as const
            ).map(([name, label, names, count]) => (
              <>
                <label for={id(name)}>{label}</label>
                <input
                  id={id(name)}
                  name={name}
                  type="text"
                  aria-describedby={id("navne-hjaelp")}
                  data-target={names}
                />
                <label for={id(`${name}-antal`)}>{m.voteCount(label)}</label>
                <input
                  id={id(`${name}-antal`)}
                  name={`${name}-antal`}
                  type="number"
                  inputmode="numeric"
                  min={0}
                  max={999}
                  aria-describedby={id("antal-hjaelp")}
                  data-target={count}
                />
              </>
            ))}
            <button class="button" type="submit">
              {m.addVote}
            </button>
          </AddForm>
        ) : null}
      </details>
      <details open={item.protocolNotes.length > 0}>
        <summary id={id("protokol-titel")} data-live>
          {m.notesHeading} ({item.protocolNotes.length})
        </summary>
        <ul id={id("protokol-liste")} data-live>
          {item.protocolNotes.map((n, i) => (
            <li>
              {md.protocolNoteLine(n.author, n.text)}{" "}
              {editable && extra?.noteIds[i] ? (
                <RemoveButton
                  action={`${base}/protokol/${extra.noteIds[i]}/fjern`}
                  label={m.removeNote(n.author)}
                  done={m.noteRemoved(n.author)}
                  token={token}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {editable ? (
          <AddForm action={`${base}/protokol`} done={m.noteAdded} token={token}>
            <label for={id("forfatter")}>{m.noteAuthor}</label>
            <input
              id={id("forfatter")}
              name="forfatter"
              type="text"
              maxlength={200}
              data-target="author"
            />
            <label for={id("protokol")}>{m.noteText}</label>
            <textarea id={id("protokol")} name="tekst" rows={3} data-target="text" />
            <button class="button" type="submit">
              {m.addNote}
            </button>
          </AddForm>
        ) : null}
      </details>
      {to ? (
        // Where the case went: the decision text above says so in words; this leads there.
        <p class="notice">
          <a href={`/app/moeder/${to.id}`}>
            {to.continuation === "postponed"
              ? m.postponedTo(formatShortDate(to.startsAt))
              : m.forwardedTo(to.committeeName, formatShortDate(to.startsAt))}
          </a>
        </p>
      ) : null}
      {canMove && editable ? (
        <details>
          <summary>{m.postponeHeading}</summary>
          {view.laterMeetings.length === 0 ? (
            <p>{m.noLaterMeetings}</p>
          ) : (
            <form method="post" action={`${base}/udsaet`} class="hold-form" data-after="all">
              <p class="hold-form-message" data-message role="alert" />
              <Csrf token={token} />
              <input
                type="hidden"
                name="version"
                value={String(view.items.get(item.id)?.decision?.version ?? 0)}
              />
              <label for={id("udsaet")}>{m.postponeTarget}</label>
              <select id={id("udsaet")} name="moede">
                {view.laterMeetings.map((x) => (
                  <option value={String(x.id)}>{formatShortDate(x.startsAt)}</option>
                ))}
              </select>
              <label for={id("udsaet-grund")}>{m.postponeReason}</label>
              <p class="muted" id={id("udsaet-grund-hjaelp")}>
                {m.postponeReasonHint}
              </p>
              <textarea
                id={id("udsaet-grund")}
                name="begrundelse"
                rows={2}
                maxlength={1000}
                aria-describedby={id("udsaet-grund-hjaelp")}
                data-target="reason"
              />
              <button class="button" type="submit">
                {m.postpone}
              </button>
            </form>
          )}
        </details>
      ) : null}
      {canMove && decided ? (
        <details>
          <summary>{m.forwardHeading}</summary>
          {view.otherMeetings.length === 0 ? (
            <p>{m.noOtherMeetings}</p>
          ) : (
            <form method="post" action={`${base}/videresend`} class="hold-form" data-after="all">
              <p class="hold-form-message" data-message role="alert" />
              <Csrf token={token} />
              <label for={id("videresend")}>{m.forwardTarget}</label>
              <select id={id("videresend")} name="moede">
                {view.otherMeetings.map((x) => (
                  <option
                    value={String(x.id)}
                  >{`${x.committeeName} ${formatShortDate(x.startsAt)}`}</option>
                ))}
              </select>
              <button class="button" type="submit">
                {m.forward}
              </button>
            </form>
          )}
        </details>
      ) : null}
      {extra && extra.caseMeetings.length > 1 ? (
        <details>
          <summary>
            {minutesMessages.history.heading} ({extra.caseMeetings.length})
          </summary>
          <p class="muted">{minutesMessages.history.intro}</p>
          <ol>
            {extra.caseMeetings.map((x) => (
              <li aria-current={x.itemId === item.id ? "true" : undefined}>
                {`${x.committee} ${formatShortDate(x.startsAt)}, ${webMessages.meeting.item(x.itemNumber, x.itemTitle)}`}
                {x.continuation ? ` (${minutesMessages.history.continuation[x.continuation]})` : ""}
                {": "}
                {x.decision ? x.decision.text : minutesMessages.history.noDecision}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <details open={(extra?.followUps.length ?? 0) > 0}>
        <summary id={id("opfoelgning-titel")} data-live>
          {m.followUpHeading} ({extra?.followUps.length ?? 0})
        </summary>
        <ul id={id("opfoelgning-liste")} data-live>
          {extra?.followUps.map((t) => (
            <li>
              {t.what} – {t.assigneeName}
              {t.dueOn
                ? `, ${minutesMessages.followUp.due.toLowerCase()} ${formatShortDate(t.dueOn)}`
                : ""}
              {t.doneAt ? " ✓" : ""}
            </li>
          ))}
        </ul>
        <AddForm action={`${base}/opfoelgning`} done={m.followUpAdded} token={token}>
          <label for={id("hvad")}>{m.followUpWhat}</label>
          <input id={id("hvad")} name="hvad" type="text" maxlength={1000} />
          <label for={id("hvem")}>{m.followUpWho}</label>
          <select id={id("hvem")} name="hvem">
            <option value="">{m.followUpNobody}</option>
            {view.people.map((p) => (
              <option value={String(p.id)}>{p.name}</option>
            ))}
          </select>
          <label for={id("hvem-navn")}>{m.followUpWhoName}</label>
          <input id={id("hvem-navn")} name="navn" type="text" maxlength={200} />
          <label for={id("frist")}>{m.followUpDue}</label>
          <input id={id("frist")} name="frist" type="date" />
          <button class="button" type="submit">
            {m.addFollowUp}
          </button>
        </AddForm>
      </details>
    </div>
  );
}

const SIDES = [
  ["for", "inFavour"],
  ["imod", "against"],
  ["undlod", "abstaining"],
] as const;

/**
 * The minute taker's vote grids: a named vote of the members present (For/Imod/Undlod per
 * member) and counts per party. Both feed the same vote as the free fields below them.
 */
function VoteGrids(props: { view: MeetingModeView; itemId: number }) {
  const { meeting } = props.view;
  // Who may vote at the item: the room's one rule (present, not inhabil, not a guest).
  const present = votersAt(meeting, props.itemId);
  const parties = [...new Set(present.map((p) => p.party).filter((x): x is string => Boolean(x)))];
  const id = (x: string) => `${x}-${props.itemId}`;
  // Live: an inhabilitet or a change of attendance changes who votes at once.
  return (
    <div id={id("stemmegrid")} data-live>
      {present.length > 0 ? (
        <div class="hold-vote-grid">
          <h5 id={id("navneafstemning")}>{mv.namedHeading}</h5>
          <p class="muted">{mv.namedIntro}</p>
          <table aria-labelledby={id("navneafstemning")}>
            <thead>
              <tr>
                <th scope="col">{mv.member}</th>
                {SIDES.map(([, key]) => (
                  <th scope="col">{m[key]}</th>
                ))}
                <th scope="col">{mv.none}</th>
              </tr>
            </thead>
            <tbody>
              {present.map((p) => (
                <tr>
                  <th scope="row">
                    {p.name}
                    {p.party ? ` (${p.party})` : ""}
                    <input type="hidden" name={`navn-${p.id}`} value={p.name} />
                  </th>
                  {SIDES.map(([side, key]) => (
                    <td>
                      <input
                        type="radio"
                        name={`stemme-${p.id}`}
                        value={side}
                        aria-label={`${m[key]}: ${p.name}`}
                      />
                    </td>
                  ))}
                  <td>
                    <input
                      type="radio"
                      name={`stemme-${p.id}`}
                      value=""
                      checked
                      aria-label={`${mv.none}: ${p.name}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {parties.length > 0 ? (
        <div class="hold-vote-grid">
          <h5 id={id("partistemmer")}>{mv.partyHeading}</h5>
          <p class="muted">{mv.partyIntro}</p>
          <table aria-labelledby={id("partistemmer")}>
            <thead>
              <tr>
                <th scope="col">{mv.party}</th>
                {SIDES.map(([, key]) => (
                  <th scope="col">{m[key]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {parties.map((party, index) => (
                <tr>
                  <th scope="row">{party}</th>
                  {SIDES.map(([side, key]) => (
                    <td>
                      <input
                        type="number"
                        inputmode="numeric"
                        min={0}
                        max={999}
                        id={id(`parti-${side}-${index + 1}`)}
                        name={`parti-${side}-${party}`}
                        data-target={partyTarget(key, party)}
                        aria-label={mv.partyCount(m[key], party)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
