import { agendaMessages } from "../../../i18n/da/agenda.ts";
import { offlineMessages } from "../../../i18n/da/offline.ts";
import {
  flushOutbox,
  type OutboxEntry,
  OutboxRefusal,
  onOutboxRefused,
  onOutboxSent,
  pendingEntries,
  sendOrKeep,
} from "../outbox.ts";
import { refreshKeptPage } from "./worker.ts";

const m = offlineMessages.note;

/** A refusal of a note sent later, kept until its page shows it (the member must not lose it). */
interface Refused {
  key: string;
  note: string;
  status: number;
  answer: Record<string, unknown>;
}
const refusedKey = (userId: string) => `referat-note-refused:${userId}`;

function readRefused(userId: string): Refused[] {
  try {
    const list = JSON.parse(localStorage.getItem(refusedKey(userId)) ?? "[]");
    return Array.isArray(list) ? (list as Refused[]) : [];
  } catch {
    return [];
  }
}
function writeRefused(userId: string, list: Refused[]): void {
  if (list.length === 0) localStorage.removeItem(refusedKey(userId));
  else localStorage.setItem(refusedKey(userId), JSON.stringify(list));
}

const itemIdOf = (form: HTMLFormElement) =>
  /\/punkter\/(\d+)\/note$/.exec(new URL(form.action).pathname)?.[1] ?? null;

function statusOf(form: HTMLFormElement): HTMLElement {
  let status = form.querySelector<HTMLElement>("[data-note-status]");
  if (!status) {
    status = document.createElement("p");
    status.setAttribute("role", "status");
    status.dataset.noteStatus = "";
    status.className = "note-status";
    form.append(status);
  }
  return status;
}

function textarea(form: HTMLFormElement): HTMLTextAreaElement | null {
  return form.querySelector<HTMLTextAreaElement>("textarea[name=note]");
}

/** Both texts side by side; the member keeps theirs, takes the server's, or merges them. */
function showConflict(
  form: HTMLFormElement,
  mine: string,
  stored: { note: string; updatedAt: string },
) {
  form.querySelector(".note-conflict")?.remove();
  const box = document.createElement("div");
  box.className = "note-conflict";
  box.setAttribute("role", "alert");
  const heading = document.createElement("p");
  heading.className = "note-conflict-heading";
  heading.textContent = m.conflictHeading;
  const intro = document.createElement("p");
  intro.textContent = m.conflictIntro;
  const column = (label: string, text: string) => {
    const wrap = document.createElement("div");
    const title = document.createElement("p");
    title.className = "note-conflict-label";
    title.textContent = label;
    const body = document.createElement("pre");
    body.className = "note-conflict-text";
    body.textContent = text;
    wrap.append(title, body);
    return wrap;
  };
  const button = (label: string, onClick: () => void) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "button button-secondary";
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  };
  const field = textarea(form);
  const settle = (text: string, send: boolean) => {
    form.dataset.noteBase = stored.updatedAt;
    if (field) field.value = text;
    box.remove();
    if (send) form.requestSubmit();
    else field?.focus();
  };
  const actions = document.createElement("div");
  actions.className = "note-conflict-actions";
  actions.append(
    button(m.keepMine, () => settle(mine, true)),
    button(m.useServer, () => settle(stored.note, false)),
    button(m.merge, () => settle(`${mine}\n\n${m.mergeSeparator}\n${stored.note}`, false)),
  );
  box.append(heading, intro, column(m.mine, mine), column(m.server, stored.note), actions);
  form.append(box);
}

function showRefusal(
  form: HTMLFormElement,
  note: string,
  status: number,
  answer: Record<string, unknown>,
) {
  const stored = answer.stored as { note: string; updatedAt: string } | undefined;
  if (status === 409 && stored) {
    statusOf(form).textContent = m.conflict;
    showConflict(form, note, stored);
    return;
  }
  // The text stays in the field: nothing the member wrote is lost.
  const field = textarea(form);
  if (field) field.value = note;
  statusOf(form).textContent =
    status === 404 ? m.itemGone : typeof answer.error === "string" ? answer.error : m.failed;
}

const time = new Intl.DateTimeFormat("da-DK", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Copenhagen",
});

function showSent(form: HTMLFormElement, answer: unknown) {
  const a = (answer ?? {}) as { updatedAt?: string; notice?: string; withdrawn?: boolean };
  if (typeof a.updatedAt === "string") form.dataset.noteBase = a.updatedAt;
  // Confirmed beside the note, with the time; a withdrawn item's note says so instead.
  statusOf(form).textContent =
    a.withdrawn && a.notice
      ? a.notice
      : agendaMessages.reading.noteSavedAt(time.format(new Date()));
  // The offline copy of this page takes the new note too.
  if (navigator.onLine) void refreshKeptPage(location.pathname);
}

/**
 * The private note forms of the agenda page save through the outbox: at once online, kept on
 * the device offline and sent when the network returns; a conflict or a withdrawn or removed
 * item is shown under the note in Danish. Without this script the forms post as before.
 */
export function enhanceNotes(userId: string): void {
  const forms = new Map<string, HTMLFormElement>();
  for (const form of document.querySelectorAll<HTMLFormElement>("form[data-note-base]")) {
    const itemId = itemIdOf(form);
    if (!itemId) continue;
    const key = `note:${itemId}`;
    forms.set(key, form);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const note = textarea(form)?.value ?? "";
      form.querySelector(".note-conflict")?.remove();
      try {
        const answer = await sendOrKeep({
          key,
          url: new URL(form.action).pathname,
          body: { note, base: form.dataset.noteBase ?? "" },
        });
        if (answer === null) statusOf(form).textContent = m.keptOffline;
        else showSent(form, answer);
      } catch (error) {
        if (error instanceof OutboxRefusal) showRefusal(form, note, error.status, error.answer);
        else statusOf(form).textContent = m.failed;
      }
    });
  }
  const noteOf = (entry: OutboxEntry) => String(entry.body.note ?? "");
  // A note kept on the device and not yet sent is what the member wrote last: it stands in its
  // field, marked as waiting, instead of the older text of the page's copy.
  for (const entry of pendingEntries()) {
    const form = forms.get(entry.key);
    const field = form ? textarea(form) : null;
    if (!form || !field) continue;
    field.value = noteOf(entry);
    statusOf(form).textContent = m.waiting;
  }
  onOutboxSent((entry, answer) => {
    const form = forms.get(entry.key);
    if (form) showSent(form, answer);
  });
  onOutboxRefused((entry, refusal) => {
    if (!entry.key.startsWith("note:")) return;
    const form = forms.get(entry.key);
    if (form) showRefusal(form, noteOf(entry), refusal.status, refusal.answer);
    else {
      const list = readRefused(userId).filter((r) => r.key !== entry.key);
      list.push({
        key: entry.key,
        note: noteOf(entry),
        status: refusal.status,
        answer: refusal.answer,
      });
      writeRefused(userId, list);
    }
  });
  // Refusals met on another page are shown here, where the note is.
  const left = readRefused(userId).filter((r) => {
    const form = forms.get(r.key);
    if (form) showRefusal(form, r.note, r.status, r.answer);
    return !form;
  });
  writeRefused(userId, left);
  void flushOutbox();
}
