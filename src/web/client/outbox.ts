/**
 * The outbox: a member's writes survive being offline. Sends at once when it can; otherwise
 * keeps the entry in localStorage (per signed-in user) and sends it later, oldest first.
 */

export interface OutboxEntry {
  /** Entries with the same key replace each other (e.g. "note:<itemId>", "annotation:<uuid>"). */
  key: string;
  /** Same-origin URL the entry is POSTed to as JSON (with the CSRF token header the app uses). */
  url: string;
  body: Record<string, unknown>;
  savedAt: string;
}

type Listener = (pending: OutboxEntry[]) => void;
const listeners = new Set<Listener>();

function storageKey(): string {
  const user = document.querySelector<HTMLMetaElement>('meta[name="referat-user"]')?.content;
  return `referat-outbox:${user ?? ""}`;
}

function read(): OutboxEntry[] {
  try {
    const list = JSON.parse(localStorage.getItem(storageKey()) ?? "[]");
    return Array.isArray(list) ? (list as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

function write(list: OutboxEntry[]): void {
  try {
    localStorage.setItem(storageKey(), JSON.stringify(list));
  } catch {
    // Storage full or refused: the entry stays in memory listeners only.
  }
  for (const listener of listeners) listener(list);
}

function keep(entry: OutboxEntry): void {
  write([...read().filter((e) => e.key !== entry.key), entry]);
}

function drop(entry: OutboxEntry): void {
  write(read().filter((e) => !(e.key === entry.key && e.savedAt === entry.savedAt)));
}

function csrfToken(): string {
  return document.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? "";
}

class Refused extends Error {}

/** Posts one entry: the answer's JSON, null on a network failure, Refused on a 4xx. */
async function post(entry: OutboxEntry): Promise<unknown | null> {
  let res: Response;
  try {
    res = await fetch(entry.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        "x-csrf-token": csrfToken(),
      },
      body: JSON.stringify(entry.body),
      credentials: "same-origin",
    });
  } catch {
    return null;
  }
  const answer = (await res.json().catch(() => ({}))) as { error?: string };
  if (res.status >= 400 && res.status < 500)
    throw new Refused(answer.error ?? `Serveren afviste ændringen (status ${res.status}).`);
  if (!res.ok) return null;
  return answer;
}

export async function sendOrKeep(entry: Omit<OutboxEntry, "savedAt">): Promise<unknown | null> {
  const full: OutboxEntry = { ...entry, savedAt: new Date().toISOString() };
  if (!navigator.onLine) {
    keep(full);
    return null;
  }
  try {
    const answer = await post(full);
    if (answer === null) keep(full);
    else if (read().some((e) => e.key === full.key))
      write(read().filter((e) => e.key !== full.key));
    return answer;
  } catch (error) {
    throw new Error(error instanceof Error ? error.message : String(error));
  }
}

let flushing: Promise<void> | null = null;

async function sendKept(): Promise<void> {
  const pending = [...read()].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  for (const entry of pending) {
    try {
      if ((await post(entry)) === null) return;
    } catch {
      // Refused now (e.g. access lost): nothing to resend; the page showed it when written.
    }
    drop(entry);
  }
}

export function flushOutbox(): Promise<void> {
  if (!flushing) {
    flushing = sendKept().finally(() => {
      flushing = null;
    });
  }
  return flushing;
}

export function onOutboxChange(listener: Listener): () => void {
  listeners.add(listener);
  listener(read());
  return () => listeners.delete(listener);
}

if (typeof window !== "undefined") {
  window.addEventListener("online", () => void flushOutbox());
  // "online" is not always told (or comes before the network works): try again now and then.
  setInterval(() => {
    if (navigator.onLine && read().length > 0) void flushOutbox();
  }, 5_000);
  void flushOutbox();
}
