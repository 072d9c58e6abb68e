import { roomItemHeading } from "../../domain/document/item-heading.ts";
import { beforeMeetingDay } from "../../domain/meeting/copenhagen-time.ts";
import type { FullMeeting, MeetingItem } from "../../domain/meeting/meeting.types.ts";
import { itemsWithoutDecision } from "../../domain/minutes/items-without-decision.ts";
import { meetingModeMessages } from "../../i18n/da/meeting-mode.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { formatShortDate } from "../format-date.ts";
import { HeldEarlyCheck } from "./held-early-check.tsx";

const mm = meetingModeMessages;

/** Where an item stands: not taken up, in progress (the current item), done, or withdrawn. */
export function itemState(meeting: FullMeeting, item: MeetingItem) {
  if (item.withdrawnAt) return "withdrawn" as const;
  if (meeting.room?.currentItemId === item.id) return "inProgress" as const;
  if (item.endedAt) return "done" as const;
  return "notStarted" as const;
}

/** The item's state in the agenda beside the panes, with whether its decision is saved. */
function stateText(state: ReturnType<typeof itemState>, item: MeetingItem): string {
  const a = mm.agenda;
  if (item.decision?.outcome === "postponed") return a.postponed;
  if (item.decision) return `${a[state]}, ${a.decisionSaved}`;
  return state === "done" ? `${a[state]}, ${a.decisionMissing}` : a[state];
}

export const clock = (at: Date) =>
  at.toLocaleTimeString("da-DK", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Copenhagen",
  });

function PostButton(props: { action: string; label: string; token: string; primary?: boolean }) {
  return (
    <form method="post" action={props.action} class="hold-inline" data-after="all">
      <input type="hidden" name="_csrf" value={props.token} />
      <button class={props.primary ? "button" : "button button--secondary"} type="submit">
        {props.label}
      </button>
    </form>
  );
}

/** The room's status and the buttons that move it (start, pause, resume, end). */
export function MeetingModeRoom(props: {
  meeting: FullMeeting;
  token: string;
  steerable: boolean;
}) {
  const status = props.meeting.room?.status ?? "not_started";
  const base = `/app/moeder/${props.meeting.id}/afvikling/rum`;
  const missing = itemsWithoutDecision(props.meeting.items);
  const t = props.token;
  return (
    <section id="hold-room" class="hold-room" aria-labelledby="hold-room-titel" data-live>
      <h2 id="hold-room-titel" class="visually-hidden">
        {mm.room.heading}
      </h2>
      <p class="hold-room-status">
        <strong>{mm.room.status[status]}</strong>
      </p>
      {props.steerable && status === "ended" && props.meeting.status === "agenda_published" ? (
        <p>
          {mm.room.finishNext} <a href="#afslut">{mm.room.finishLink}</a>
        </p>
      ) : null}
      {props.steerable ? (
        <div class="hold-room-actions">
          {status === "not_started" && beforeMeetingDay(props.meeting.startsAt) ? (
            <p class="notice" id="start-foer-tid">
              {mm.room.startEarly(formatShortDate(props.meeting.startsAt))}
            </p>
          ) : null}
          {status === "not_started" && beforeMeetingDay(props.meeting.startsAt) ? (
            <form method="post" action={`${base}/start`} class="hold-inline" data-after="all">
              <input type="hidden" name="_csrf" value={t} />
              <HeldEarlyCheck label={mm.room.startEarlyConfirm} note="start-foer-tid" />
              <button class="button" type="submit">
                {mm.room.start}
              </button>
            </form>
          ) : status === "not_started" ? (
            <PostButton action={`${base}/start`} label={mm.room.start} token={t} primary />
          ) : null}
          {status === "running" ? (
            <PostButton action={`${base}/pause`} label={mm.room.pause} token={t} />
          ) : null}
          {status === "paused" ? (
            <PostButton action={`${base}/genoptag`} label={mm.room.resume} token={t} primary />
          ) : null}
          {status === "running" || status === "paused" ? (
            // Ending cannot be undone, and it stands beside »Sæt mødet på pause«: one step more.
            <details class="hold-end">
              <summary class="button button--secondary">{mm.room.endStep}</summary>
              <p>{mm.room.endIntro}</p>
              {/* Before it cannot be taken back: what the meeting has not decided yet. */}
              {missing.length > 0 ? <p class="notice">{mm.room.endMissing(missing)}</p> : null}
              <PostButton action={`${base}/slut`} label={mm.room.end} token={t} primary />
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** The left pane: attendance and every item with its state; links to the panes on the right. */
export function MeetingModeAgenda(props: { meeting: FullMeeting }) {
  const { meeting } = props;
  const a = mm.agenda;
  return (
    <nav class="hold-agenda" aria-labelledby="hold-agenda-titel">
      <h2 id="hold-agenda-titel">{a.heading}</h2>
      <ol id="hold-agenda-list" class="hold-agenda-list" data-live>
        <li class="hold-agenda-extra">
          <a href="#fremmoede" data-pane="fremmoede-sektion">
            {minutesMessages.hold.attendanceHeading}
          </a>
        </li>
        {meeting.items.map((item) => {
          const state = itemState(meeting, item);
          return (
            <li class={`hold-agenda-item hold-agenda-item--${state}`}>
              <a href={`#afvikling-punkt-${item.id}`} data-pane={`afvikling-punkt-${item.id}`}>
                <span class="hold-agenda-number">{`${item.number}.`}</span> {item.title}
              </a>
              <span class="hold-agenda-state">{stateText(state, item)}</span>
            </li>
          );
        })}
      </ol>
      <details class="hold-keys">
        <summary>{mm.keys.heading}</summary>
        <ul>
          <li>{mm.keys.next}</li>
          <li>{mm.keys.previous}</li>
          <li>{mm.keys.startEnd}</li>
        </ul>
      </details>
    </nav>
  );
}

/** An item's start or end button, with when it started and ended. */
export function ItemProgress(props: {
  meeting: FullMeeting;
  item: MeetingItem;
  token: string;
  steerable: boolean;
}) {
  const { meeting, item } = props;
  const state = itemState(meeting, item);
  const base = `/app/moeder/${meeting.id}/afvikling/punkt/${item.id}`;
  const room = meeting.room?.status ?? "not_started";
  const at = meeting.items.findIndex((x) => x.id === item.id);
  const next = meeting.items.slice(at + 1).find((x) => !x.withdrawnAt);
  const currentId = meeting.room?.currentItemId;
  const current =
    currentId && currentId !== item.id ? meeting.items.find((x) => x.id === currentId) : undefined;
  // Ahead of its day the meeting is started first, by saying it is held early (at the top).
  const canStart =
    props.steerable &&
    state !== "inProgress" &&
    (room === "running" || (room === "not_started" && !beforeMeetingDay(meeting.startsAt)));
  return (
    <div id={`forloeb-${item.id}`} class="hold-progress" data-live>
      {state === "inProgress" || item.startedAt ? (
        <p class="muted">
          {state === "inProgress" ? <strong>{`${mm.agenda.current}. `}</strong> : null}
          {item.startedAt ? mm.item.startedAt(clock(item.startedAt)) : null}
          {item.endedAt && state !== "inProgress"
            ? ` ${mm.item.endedAt(clock(item.endedAt))}`
            : null}
        </p>
      ) : null}
      {state === "inProgress" && props.steerable ? (
        <form method="post" action={`${base}/slut`} data-after="all" data-progress>
          <input type="hidden" name="_csrf" value={props.token} />
          <button class="button" type="submit">
            {mm.item.end}
          </button>
        </form>
      ) : null}
      {state === "done" && next && props.steerable ? (
        // After an item: the way on is the next one; taking this one up again comes second.
        <p>
          <a class="button" href={`#afvikling-punkt-${next.id}`}>
            {mm.item.next(roomItemHeading(next))}
          </a>
        </p>
      ) : null}
      {canStart ? (
        <form method="post" action={`${base}/start`} data-after="all" data-progress>
          <input type="hidden" name="_csrf" value={props.token} />
          <button class={state === "done" ? "button button--secondary" : "button"} type="submit">
            {state === "done" ? mm.item.resume : mm.item.start}
            {/* Taking up an item ends the one under way: said on the button, not after. */}
            {current ? mm.item.endingOther(current.number) : null}
          </button>
        </form>
      ) : null}
    </div>
  );
}
