import { roomItemHeading } from "../../domain/document/item-heading.ts";
import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import { presentAt } from "../../domain/meeting-room/presence.ts";
import type { RoomState } from "../../domain/meeting-room/room-state.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import {
  RoomItemSlot,
  RoomQuorumSlot,
  RoomStatusSlot,
  RoomVoteSlot,
} from "../components/room-panels.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";
import { elapsed, formSignature } from "../room-view.ts";

const r = roomMessages;

/** A small form of one button, posting to `action`. */
function Act(props: { action: string; csrf: string; label: string; text: string }) {
  return (
    <form method="post" action={props.action} class="room-inline">
      <input type="hidden" name="_csrf" value={props.csrf} />
      <button type="submit" class="room-act" aria-label={props.label}>
        {props.text}
      </button>
    </form>
  );
}

/**
 * The chair's console (/app/moeder/:id/ordstyrer): the speaker list of the current item (add,
 * order, give and end the floor, with a running timer), votes from members' devices per item
 * with the live count, and the quorum. Plain forms; the island keeps the counts current.
 */
export function RoomConsolePage(props: {
  meeting: FullMeeting;
  state: RoomState;
  viewer: Viewer;
  error?: string;
}) {
  const { meeting, state, error } = props;
  const csrf = props.viewer?.csrfToken ?? "";
  const title = r.pages.ordstyrer(meeting.committee.name, formatShortDate(meeting.startsAt));
  const base = `/app/moeder/${meeting.id}/ordstyrer`;
  const { current, queue } = state.speakers;
  const items = meeting.items.filter((i) => !i.withdrawnAt);
  return (
    <Layout title={title} viewer={props.viewer} scripts={["meeting-room"]}>
      <div
        class="room room-console"
        data-room-events={`/app/moeder/${meeting.id}/haendelser`}
        data-room-signature={formSignature(state)}
        data-reconnecting={minutesMessages.live.reconnecting}
      >
        <h1>{title}</h1>
        <p>
          <a href={`/app/moeder/${meeting.id}`}>{r.pages.toAgenda}</a>
        </p>
        {error ? <ErrorSummary messages={[error]} /> : null}
        <RoomStatusSlot state={state} />
        <RoomItemSlot state={state} />
        <RoomQuorumSlot state={state} />
        <section aria-labelledby="ordstyrer-talere">
          <h2 id="ordstyrer-talere">{r.speakers.heading}</h2>
          {current ? (
            <div class="room-speaker">
              {r.speakers.current}: <strong>{current.name}</strong>{" "}
              <span class="room-timer" data-room-timer={current.startedAt ?? ""} role="timer">
                {current.startedAt ? elapsed(current.startedAt, Date.now()) : ""}
              </span>{" "}
              <Act
                action={`${base}/talere/${current.id}/stop`}
                csrf={csrf}
                label={r.speakers.stop}
                text={r.speakers.stop}
              />
            </div>
          ) : (
            <p>{r.speakers.nobody}</p>
          )}
          {queue.length > 0 ? (
            <ol class="room-queue room-queue--console">
              {queue.map((s, i) => (
                <li>
                  <span class="room-queue-name">{s.name}</span>
                  <Act
                    action={`${base}/talere/${s.id}/start`}
                    csrf={csrf}
                    label={r.speakers.start(s.name)}
                    text={r.speakers.start(s.name)}
                  />
                  {i > 0 ? (
                    <Act
                      action={`${base}/talere/${s.id}/op`}
                      csrf={csrf}
                      label={r.speakers.up(s.name)}
                      text="↑"
                    />
                  ) : null}
                  {i < queue.length - 1 ? (
                    <Act
                      action={`${base}/talere/${s.id}/ned`}
                      csrf={csrf}
                      label={r.speakers.down(s.name)}
                      text="↓"
                    />
                  ) : null}
                  <Act
                    action={`${base}/talere/${s.id}/fjern`}
                    csrf={csrf}
                    label={r.speakers.remove(s.name)}
                    text="✕"
                  />
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{r.speakers.empty}</p>
          )}
          {state.currentItem ? (
            <form method="post" action={`${base}/talere`} class="room-form">
              <input type="hidden" name="_csrf" value={csrf} />
              <label class="room-field-label" for="ordstyrer-deltager">
                {r.speakers.participant}
              </label>
              <select id="ordstyrer-deltager" name="participantId" class="room-input">
                {presentAt(meeting, state.currentItem.id).map((p) => (
                  <option value={String(p.id)}>{p.name}</option>
                ))}
              </select>
              <button type="submit" class="button">
                {r.speakers.add}
              </button>
            </form>
          ) : null}
        </section>
        <section aria-labelledby="ordstyrer-afstemning">
          <h2 id="ordstyrer-afstemning">{r.vote.heading}</h2>
          <RoomVoteSlot state={state} />
          {state.openVote ? (
            <form
              method="post"
              action={`${base}/afstemning/${state.openVote.id}/afslut`}
              class="room-form"
            >
              <input type="hidden" name="_csrf" value={csrf} />
              <label class="check-line">
                <input type="checkbox" name="alligevel" value="1" /> {r.vote.closeAnyway}
              </label>
              <button type="submit" class="button">
                {r.vote.closeButton}
              </button>
            </form>
          ) : (
            <form method="post" action={`${base}/afstemning`} class="room-form">
              <input type="hidden" name="_csrf" value={csrf} />
              <label class="room-field-label" for="ordstyrer-punkt">
                {r.item.choose}
              </label>
              <select id="ordstyrer-punkt" name="itemId" class="room-input">
                {items.map((i) => (
                  <option value={String(i.id)} selected={i.id === state.currentItem?.id}>
                    {roomItemHeading(i)}
                  </option>
                ))}
              </select>
              <label class="room-field-label" for="ordstyrer-emne">
                {r.vote.subject}
              </label>
              <input
                id="ordstyrer-emne"
                name="subject"
                type="text"
                maxlength={300}
                class="room-input"
              />
              <button type="submit" class="button">
                {r.vote.openButton}
              </button>
            </form>
          )}
        </section>
        <p class="room-connection muted" data-room-connection role="status" />
      </div>
    </Layout>
  );
}
