// The member's reading of an agenda (/app/moeder/:id), improved where a script runs:
// (a note is saved in the background through the outbox and confirmed beside it: offline/notes.ts);
// - an item counts as opened once its heading has been on screen for a second (tapped in the
//   table of contents, or scrolled to); the server marks the agenda read when every item is.
import { agendaMessages } from "../../i18n/da/agenda.ts";

const r = agendaMessages.reading;
const DWELL_MS = 1000;

async function post(url: string, body: URLSearchParams, csrf: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      accept: "application/json",
      "content-type": "application/x-www-form-urlencoded",
      "x-csrf-token": csrf,
    },
    body,
    credentials: "same-origin",
  });
  const answer = (await response.json().catch(() => null)) as {
    ok?: boolean;
    read?: boolean;
    error?: string;
  } | null;
  return response.ok && answer?.ok ? answer : { ok: false, error: answer?.error ?? null };
}

const forms = [...document.querySelectorAll<HTMLFormElement>("form[data-note-form]")];
const csrfOf = (form: HTMLFormElement) =>
  form.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? "";

const readState = document.querySelector<HTMLElement>("[data-read-state]");
const watched = new Map<Element, { form: HTMLFormElement; footer: HTMLElement; timer?: number }>();

async function opened(heading: Element) {
  const entry = watched.get(heading);
  if (!entry) return;
  watched.delete(heading);
  observer.unobserve(heading);
  const url = entry.form.dataset.openedUrl ?? "";
  try {
    const answer = await post(url, new URLSearchParams(), csrfOf(entry.form));
    if (!answer.ok) return;
    entry.footer.setAttribute("data-opened", "");
    if ("read" in answer && answer.read && readState) readState.textContent = r.marked;
  } catch {
    // Not recorded this time: the button still marks the agenda read.
  }
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const e of entries) {
      const entry = watched.get(e.target);
      if (!entry) continue;
      // The whole heading on screen (it is one line or two), not a sliver of it.
      const onScreen = e.isIntersecting && e.intersectionRatio >= 0.99;
      if (onScreen && entry.timer === undefined) {
        entry.timer = window.setTimeout(() => void opened(e.target), DWELL_MS);
      } else if (!onScreen && entry.timer !== undefined) {
        clearTimeout(entry.timer);
        entry.timer = undefined;
      }
    }
  },
  { threshold: 1 },
);

for (const form of forms) {
  const footer = form.closest<HTMLElement>(".agenda-note");
  const heading = form.closest(".item")?.querySelector("h2");
  if (!footer || !heading || footer.hasAttribute("data-opened")) continue;
  watched.set(heading, { form, footer });
  observer.observe(heading);
}
