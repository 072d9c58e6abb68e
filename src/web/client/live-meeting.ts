// The live view of a meeting: decisions appear as the minute taker saves them, through
// server-sent events. The page works without this script (a reload shows the same).
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

if (root && url && "EventSource" in window) {
  const source = new EventSource(url);
  let snapshot = true;
  source.addEventListener("ready", (e) => {
    snapshot = false;
    say(connection, (e as MessageEvent<string>).data);
    root.dataset.liveReady = "true";
  });
  source.addEventListener("decision", (e) => {
    showDecision(JSON.parse((e as MessageEvent<string>).data) as DecisionEvent, snapshot);
  });
  source.addEventListener("status", (e) => {
    const data = JSON.parse((e as MessageEvent<string>).data) as { label: string };
    say(statusTag, data.label);
  });
  source.addEventListener("error", () => {
    root.dataset.liveReady = "false";
    say(connection, root.dataset.reconnecting ?? "");
  });
}
