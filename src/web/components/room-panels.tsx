import type { RoomState } from "../../domain/meeting-room/room-state.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import {
  attendanceText,
  elapsed,
  itemText,
  openVoteText,
  quorumText,
  resultText,
  statusText,
} from "../room-view.ts";

/**
 * The parts of the room's state, each in a slot (data-room-slot) that the meeting-room island
 * redraws from the same texts (web/room-view.ts) when the state changes.
 */
const r = roomMessages;

export function RoomStatusSlot(props: { state: RoomState }) {
  return (
    <p class={`room-status room-status--${props.state.status}`} data-room-slot="status">
      {statusText(props.state)}
    </p>
  );
}

export function RoomItemSlot(props: { state: RoomState; heading?: boolean }) {
  return (
    <p class="room-item" data-room-slot="item">
      {itemText(props.state)}
    </p>
  );
}

export function RoomQuorumSlot(props: { state: RoomState }) {
  const q = quorumText(props.state.quorum);
  return (
    <p
      class={q ? (q.ok ? "room-quorum" : "room-quorum room-quorum--warn") : "room-quorum"}
      data-room-slot="quorum"
      hidden={!q}
    >
      {q?.text ?? ""}
    </p>
  );
}

export function RoomSpeakersSlot(props: { state: RoomState }) {
  const { current, queue } = props.state.speakers;
  return (
    <div class="room-speakers" data-room-slot="speakers">
      <p class="room-speaker">
        {current ? (
          <>
            {r.speakers.current}: <strong>{current.name}</strong>{" "}
            <span
              class="room-timer"
              data-room-timer={current.startedAt ?? ""}
              role="timer"
              aria-label={r.speakers.time}
            >
              {current.startedAt ? elapsed(current.startedAt, Date.now()) : ""}
            </span>
          </>
        ) : (
          r.speakers.nobody
        )}
      </p>
      {queue.length > 0 ? (
        <ol class="room-queue" aria-label={r.speakers.queue}>
          {queue.map((s) => (
            <li>{s.name}</li>
          ))}
        </ol>
      ) : (
        <p class="muted">{r.speakers.empty}</p>
      )}
    </div>
  );
}

export function RoomVoteSlot(props: { state: RoomState }) {
  const result = resultText(props.state);
  return (
    <div class="room-vote" data-room-slot="vote">
      {openVoteText(props.state).map((line) => (
        <p class={props.state.openVote ? "room-vote-open" : "muted"}>{line}</p>
      ))}
      {result ? (
        <>
          <p class="room-result">
            {r.vote.lastResult}: {result.summary}
          </p>
          {result.names.length > 0 ? (
            <ul class="room-result-names">
              {result.names.map((line) => (
                <li>{line}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

export function RoomAttendanceSlot(props: { state: RoomState }) {
  return (
    <dl class="room-attendance" data-room-slot="attendance">
      {attendanceText(props.state).map((x) => (
        <>
          <dt>{x.label}</dt>
          <dd>{x.value}</dd>
        </>
      ))}
    </dl>
  );
}
