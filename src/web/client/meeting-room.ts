// The room's pages (room display, chair's console, member's device): the state follows the
// meeting's server-sent events. The pages work without this script (a reload shows the same).
import type { RoomState } from "../../domain/meeting-room/room-state.ts";
import { formSignature } from "../room-view.ts";
import { drawRoom, runTimers } from "./room/draw-room.ts";

const root = document.querySelector<HTMLElement>("[data-room-events]");
const url = root?.dataset.roomEvents;
const connection = document.querySelector<HTMLElement>("[data-room-connection]");

/** Waits before opening a new stream after one was refused: 5 s, then longer. */
const RETRY_MS = [5_000, 15_000, 30_000, 60_000, 120_000];

/** A page with forms reloads when what its forms act on changed, unless someone is typing. */
function reloadIfStale(box: HTMLElement, state: RoomState) {
  const rendered = box.dataset.roomSignature;
  if (rendered === undefined || rendered === formSignature(state)) return;
  const typing = document.activeElement?.matches("input[type=text], textarea, select");
  if (typing) {
    box.dataset.roomStale = "true";
    return;
  }
  location.reload();
}

function follow(url: string, box: HTMLElement, attempt = 0) {
  const source = new EventSource(url);
  source.addEventListener("ready", (e) => {
    attempt = 0;
    if (connection) connection.textContent = (e as MessageEvent<string>).data;
    box.dataset.roomReady = "true";
  });
  source.addEventListener("room", (e) => {
    const { state } = JSON.parse((e as MessageEvent<string>).data) as { state: RoomState };
    drawRoom(state);
    reloadIfStale(box, state);
  });
  source.addEventListener("error", () => {
    box.dataset.roomReady = "false";
    if (connection) connection.textContent = box.dataset.reconnecting ?? "";
    if (source.readyState !== EventSource.CLOSED) return;
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 60_000;
    setTimeout(() => follow(url, box, attempt + 1), wait);
  });
}

runTimers();
if (root && url && "EventSource" in window) follow(url, root);
document.addEventListener("focusout", () => {
  if (root?.dataset.roomStale === "true") location.reload();
});
