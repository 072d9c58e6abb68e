// The live view of a meeting: decisions appear as the minute taker saves them, through
// server-sent events, and so does the room's state (status, current item, attendance,
// quorum, votes, speakers). The page works without this script (a reload shows the same).
import type { RoomState } from "../../domain/meeting-room/room-state.ts";
import { drawRoom, runTimers } from "./room/draw-room.ts";

interface DecisionEvent {
  itemId: number;
  number: number;
  title: string;
  outcomeLabel: string;
  text: string;
  version: number;
  /** What a screen reader is told, in Danish, from the server. */
  announcement: string;
}

const root = document.querySelector<HTMLElement>("[data-live-events]");
const url = root?.dataset.liveEvents;
const connection = document.querySelector<HTMLElement>("[data-live-connection]");
const announce = document.querySelector<HTMLElement>("[data-live-announce]");
const statusTag = document.querySelector<HTMLElement>("[data-live-status]");

const say = (el: HTMLElement | null, text: string) => {
  if (el) el.textContent = text;
};

function showDecision(event: DecisionEvent, quiet: boolean) {
  const box = document.querySelector<HTMLElement>(`[data-live-decision="${event.itemId}"]`);
  if (!box) return;
  const tag = document.createElement("span");
  tag.className = "tag";
  tag.textContent = event.outcomeLabel;
  const head = document.createElement("p");
  head.append(tag);
  const paragraphs = event.text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const p = document.createElement("p");
      p.textContent = line;
      return p;
    });
  const changed = box.dataset.text !== event.text || box.dataset.label !== event.outcomeLabel;
  box.replaceChildren(head, ...paragraphs);
  box.dataset.version = String(event.version);
  box.dataset.text = event.text;
  box.dataset.label = event.outcomeLabel;
  if (!quiet && changed) {
    box.classList.remove("live-decision--new");
    // Restart the highlight for a second decision on the same item.
    void box.offsetWidth;
    box.classList.add("live-decision--new");
    say(announce, event.announcement);
  }
}

/** Waits before opening a new stream after one was refused (e.g. too many open): 5 s, then longer. */
const RETRY_MS = [5_000, 15_000, 30_000, 60_000, 120_000];

/**
 * Follows the meeting's events. The browser reconnects by itself when the server ends a
 * stream (it does after a while) and sends the last event id, so the server resends only
 * what was missed. A refused stream (429 when too many are open, or a lost session) is not
 * retried by the browser: then a new one is opened after a pause.
 */
function follow(url: string, box: HTMLElement, attempt = 0) {
  const source = new EventSource(url);
  let snapshot = true;
  source.addEventListener("ready", (e) => {
    snapshot = false;
    attempt = 0;
    say(connection, (e as MessageEvent<string>).data);
    box.dataset.liveReady = "true";
  });
  source.addEventListener("decision", (e) => {
    showDecision(JSON.parse((e as MessageEvent<string>).data) as DecisionEvent, snapshot);
  });
  source.addEventListener("room", (e) => {
    drawRoom((JSON.parse((e as MessageEvent<string>).data) as { state: RoomState }).state);
  });
  source.addEventListener("status", (e) => {
    const data = JSON.parse((e as MessageEvent<string>).data) as { label: string };
    say(statusTag, data.label);
  });
  source.addEventListener("error", () => {
    box.dataset.liveReady = "false";
    say(connection, box.dataset.reconnecting ?? "");
    if (source.readyState !== EventSource.CLOSED) return;
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 60_000;
    setTimeout(() => follow(url, box, attempt + 1), wait);
  });
}

runTimers();
if (root && url && "EventSource" in window) follow(url, root);
