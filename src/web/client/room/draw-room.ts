// Redraws the room's slots (web/components/room-panels.tsx) from a new state, with the same
// texts as the server (web/room-view.ts). Only slots present on the page are drawn.
import type { RoomState } from "../../../domain/meeting-room/room-state.ts";
import { roomMessages } from "../../../i18n/da/room.ts";
import {
  attendanceText,
  elapsed,
  itemText,
  openVoteText,
  quorumText,
  resultText,
  statusText,
} from "../../room-view.ts";

const r = roomMessages;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const slots = (name: string) =>
  Array.from(document.querySelectorAll<HTMLElement>(`[data-room-slot="${name}"]`));

function drawSpeakers(box: HTMLElement, s: RoomState) {
  const { current, queue } = s.speakers;
  const line = el("p", undefined, "room-speaker");
  if (current) {
    const timer = el(
      "span",
      current.startedAt ? elapsed(current.startedAt, Date.now()) : "",
      "room-timer",
    );
    timer.dataset.roomTimer = current.startedAt ?? "";
    timer.setAttribute("role", "timer");
    timer.setAttribute("aria-label", r.speakers.time);
    line.append(`${r.speakers.current}: `, el("strong", current.name), " ", timer);
  } else {
    line.textContent = r.speakers.nobody;
  }
  let rest: HTMLElement;
  if (queue.length > 0) {
    rest = el("ol", undefined, "room-queue");
    rest.setAttribute("aria-label", r.speakers.queue);
    for (const q of queue) rest.append(el("li", q.name));
  } else {
    rest = el("p", r.speakers.empty, "muted");
  }
  box.replaceChildren(line, rest);
}

function drawVote(box: HTMLElement, s: RoomState) {
  const parts: HTMLElement[] = openVoteText(s).map((line) =>
    el("p", line, s.openVote ? "room-vote-open" : "muted"),
  );
  const result = resultText(s);
  if (result) {
    parts.push(el("p", `${r.vote.lastResult}: ${result.summary}`, "room-result"));
    if (result.names.length > 0) {
      const list = el("ul", undefined, "room-result-names");
      for (const line of result.names) list.append(el("li", line));
      parts.push(list);
    }
  }
  box.replaceChildren(...parts);
}

/** Draws every room slot on the page; says whether the texts read aloud changed. */
export function drawRoom(s: RoomState): void {
  for (const box of slots("status")) {
    box.textContent = statusText(s);
    box.className = `room-status room-status--${s.status}`;
  }
  for (const box of slots("item")) box.textContent = itemText(s);
  for (const box of slots("quorum")) {
    const q = quorumText(s.quorum);
    box.hidden = !q;
    box.textContent = q?.text ?? "";
    box.className = q && !q.ok ? "room-quorum room-quorum--warn" : "room-quorum";
  }
  for (const box of slots("speakers")) drawSpeakers(box, s);
  for (const box of slots("vote")) drawVote(box, s);
  for (const box of slots("attendance")) {
    const parts = attendanceText(s).flatMap((x) => [el("dt", x.label), el("dd", x.value)]);
    box.replaceChildren(...parts);
  }
}

/** Keeps speaking-time timers running, once a second. */
export function runTimers(): void {
  setInterval(() => {
    for (const t of document.querySelectorAll<HTMLElement>("[data-room-timer]")) {
      if (t.dataset.roomTimer) t.textContent = elapsed(t.dataset.roomTimer, Date.now());
    }
  }, 1000);
}
