import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import type { BallotChoice } from "../../domain/meeting-room/cast-ballot.ts";
import type { RoomState } from "../../domain/meeting-room/room-state.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import {
  RoomItemSlot,
  RoomQuorumSlot,
  RoomSpeakersSlot,
  RoomStatusSlot,
  RoomVoteSlot,
} from "../components/room-panels.tsx";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";
import { formSignature } from "../room-view.ts";

const r = roomMessages;

export interface DeviceView {
  meeting: FullMeeting;
  state: RoomState;
  /** The viewer's participant row in the meeting; null when they are not a participant. */
  participantId: number | null;
  /** May vote in the open vote (present, not inhabil, not a guest). */
  mayVote: boolean;
  ballot: BallotChoice | null;
  /** Chairs the room (the roster's formand): links to the chair's console. */
  chair?: boolean;
  error?: string;
}

/**
 * A member's own device in the meeting (/app/moeder/:id/deltag), e.g. an iPad: the item under
 * discussion, »Bed om ordet«, and For/Imod/Undlader while a vote is open. Plain forms; the
 * meeting-room island reloads the page when the item, the vote or the list changes.
 */
export function RoomDevicePage(props: { view: DeviceView; viewer: Viewer }) {
  const { meeting, state, participantId, mayVote, ballot, chair, error } = props.view;
  const csrf = props.viewer?.csrfToken ?? "";
  const title = r.pages.deltag(meeting.committee.name, formatShortDate(meeting.startsAt));
  const base = `/app/moeder/${meeting.id}/deltag`;
  const place = state.speakers.queue.findIndex((s) => s.participantId === participantId);
  const speaking = state.speakers.current?.participantId === participantId;
  const vote = state.openVote;
  return (
    <Layout title={title} viewer={props.viewer} scripts={["meeting-room"]}>
      <div
        class="room room-device"
        data-room-events={`/app/moeder/${meeting.id}/haendelser`}
        data-room-signature={formSignature(state)}
        data-reconnecting={minutesMessages.live.reconnecting}
      >
        <h1>{title}</h1>
        <p>
          <a href={`/app/moeder/${meeting.id}`}>{r.pages.toAgenda}</a>
        </p>
        {chair ? (
          <p>
            <a href={`/app/moeder/${meeting.id}/ordstyrer`}>{r.pages.ordstyrerLink}</a>
          </p>
        ) : null}
        {error ? <ErrorSummary messages={[error]} /> : null}
        <RoomStatusSlot state={state} />
        <h2>{r.item.current}</h2>
        <RoomItemSlot state={state} />
        <RoomQuorumSlot state={state} />
        {participantId === null ? (
          <p class="room-own">{r.pages.notParticipant}</p>
        ) : (
          <>
            <section aria-labelledby="deltag-afstemning">
              <h2 id="deltag-afstemning">{r.vote.heading}</h2>
              {/* What is voted on, and the result, before the buttons. */}
              <RoomVoteSlot state={state} />
              {vote && ballot ? (
                <p class="room-ballot" role="status">
                  {r.vote.yourBallot(r.vote.choices[ballot])} {r.vote.changeBallot}
                </p>
              ) : null}
              {vote && mayVote ? (
                // The subject stands in the vote slot above; the buttons say what they do.
                <form method="post" action={`${base}/stem`} class="room-ballot-form">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <input type="hidden" name="voteId" value={String(vote.id)} />
                  <fieldset>
                    <legend>{ballot ? r.vote.yourChange : r.vote.yourVote}</legend>
                    <div class="room-choices">
                      {(["for", "against", "abstain"] as const).map((choice) => (
                        <button
                          type="submit"
                          name="choice"
                          value={choice}
                          class={`button room-choice room-choice--${choice}`}
                          aria-pressed={ballot === null ? undefined : String(ballot === choice)}
                        >
                          {r.vote.choices[choice]}
                        </button>
                      ))}
                    </div>
                  </fieldset>
                </form>
              ) : vote && !ballot ? (
                <p>{r.vote.notEligible}</p>
              ) : null}
            </section>
            <section aria-labelledby="deltag-talere">
              <h2 id="deltag-talere">{r.speakers.heading}</h2>
              {speaking ? (
                <p class="room-own" role="status">
                  {r.speakers.speaking}
                </p>
              ) : place >= 0 ? (
                <>
                  <p class="room-own" role="status">
                    {r.speakers.requested(place + 1)}
                  </p>
                  <form method="post" action={`${base}/ordet/fjern`}>
                    <input type="hidden" name="_csrf" value={csrf} />
                    <button type="submit" class="button button--secondary">
                      {r.speakers.withdraw}
                    </button>
                  </form>
                </>
              ) : state.currentItem ? (
                <form method="post" action={`${base}/ordet`}>
                  <input type="hidden" name="_csrf" value={csrf} />
                  <input type="hidden" name="itemId" value={String(state.currentItem.id)} />
                  <button type="submit" class="button room-big-button">
                    {r.speakers.request}
                  </button>
                </form>
              ) : null}
              <RoomSpeakersSlot state={state} />
            </section>
          </>
        )}
        <p class="room-connection muted" data-room-connection role="status" />
      </div>
    </Layout>
  );
}
