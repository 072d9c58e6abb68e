/**
 * The outbox: a member's writes (private notes, annotations) that wait for the network. An
 * entry is sent at once when it can be; offline, or when the request fails on the way, it is
 * kept in localStorage under the signed-in user (<meta name="referat-user">) and sent, oldest
 * first, when the page loads or the browser is online again. Entries with one key replace each
 * other, so only the latest text of a note is sent.
 */
export interface OutboxEntry {
  /** Entries with the same key replace each other (e.g. "note:<itemId>", "annotation:<uuid>"). */
  key: string;
  /** Same-origin URL the entry is POSTed to as JSON (with the CSRF token header the app uses). */
  url: string;
  body: Record<string, unknown>;
  savedAt: string; // ISO time the user wrote it
}

/** A refusal by the server (a 4xx): its Danish message, status and whole JSON answer. */
export class OutboxRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly answer: Record<string, unknown>,
  ) {
    super(message);
    this.name = "OutboxRefusal";
  }
}

type Listener = (pending: OutboxEntry[]) => void;
type RefusalListener = (entry: OutboxEntry, refusal: OutboxRefusal) => void;
type SentListener = (entry: OutboxEntry, answer: unknown) => void;
const listeners = new Set<Listener>();
const refusalListeners = new Set<RefusalListener>();
const sentListeners = new Set<SentListener>();

/** The signed-in user's id; null on a page without one (nothing is kept there). */
export function outboxUser(): string | null {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="referat-user"]');
  return meta?.content || null;
}

const storageKey = (userId: string) => `referat-outbox:${userId}`;

function read(): OutboxEntry[] {
  const userId = outboxUser();
  if (!userId) return [];
  try {
    const parsed = JSON.parse(localStorage.getItem(storageKey(userId)) ?? "[]");
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

function write(entries: OutboxEntry[]): void {
  const userId = outboxUser();
  if (!userId) return;
  if (entries.length === 0) localStorage.removeItem(storageKey(userId));
  else localStorage.setItem(storageKey(userId), JSON.stringify(entries));
  for (const listener of listeners) listener([...entries]);
}

const RETRY_MS = 5000;
let retry: ReturnType<typeof setInterval> | null = null;

/** While entries wait, they are tried again every few seconds (an "online" event can be missed). */
function scheduleRetry(): void {
  if (retry !== null) return;
  retry = setInterval(() => {
    if (read().length === 0) {
      clearInterval(retry ?? undefined);
      retry = null;
    } else if (navigator.onLine) void flushOutbox();
  }, RETRY_MS);
}

function keep(entry: OutboxEntry): void {
  write([...read().filter((e) => e.key !== entry.key), entry]);
  scheduleRetry();
}

function drop(entry: OutboxEntry): void {
  // Only this entry: a newer text under the same key, written meanwhile, stays.
  write(read().filter((e) => !(e.key === entry.key && e.savedAt === entry.savedAt)));
}

/** The session's CSRF token, as every signed-in page carries it in its forms. */
function csrfToken(): string {
  return document.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? "";
}

/** "network" when it did not reach the server (or the server failed), else the answer. */
async function post(entry: OutboxEntry): Promise<{ ok: true; answer: unknown } | "network"> {
  let response: Response;
  try {
    response = await fetch(entry.url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRF-Token": csrfToken(),
      },
      body: JSON.stringify(entry.body),
    });
  } catch {
    return "network";
  }
  // A server error, or no JSON answer (signed out meanwhile: the log-in page, a CSRF page):
  // the entry waits until the member is signed in again.
  const json = (response.headers.get("content-type") ?? "").includes("application/json");
  if (response.status >= 500 || response.redirected || !json) return "network";
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, answer };
  const message = typeof answer.error === "string" ? answer.error : response.statusText;
  throw new OutboxRefusal(message, response.status, answer);
}

/** Sends at once when online and resolves with the server's JSON answer; when offline or the
 *  request fails on the network, keeps the entry (localStorage, scoped to the signed-in user)
 *  and resolves null. A 4xx answer is not kept: it rejects with the server's Danish message. */
export async function sendOrKeep(entry: Omit<OutboxEntry, "savedAt">): Promise<unknown | null> {
  const full: OutboxEntry = { ...entry, savedAt: new Date().toISOString() };
  if (!navigator.onLine) {
    keep(full);
    return null;
  }
  const result = await post(full);
  if (result === "network") {
    keep(full);
    return null;
  }
  // A text sent now replaces one kept earlier under the same key.
  if (read().some((e) => e.key === full.key)) write(read().filter((e) => e.key !== full.key));
  return result.answer;
}

let flushing: Promise<void> | null = null;

async function sendKept(): Promise<void> {
  const pending = read().sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  for (const entry of pending) {
    if (!navigator.onLine) return;
    try {
      const result = await post(entry);
      if (result === "network") return;
      drop(entry);
      for (const listener of sentListeners) listener(entry, result.answer);
    } catch (error) {
      // Refused (a conflict, an item gone): not sent again; the page shows why.
      drop(entry);
      if (error instanceof OutboxRefusal) {
        for (const listener of refusalListeners) listener(entry, error);
      }
    }
  }
}

/** Sends what is kept, oldest first; runs on load and on the window's "online" event. */
export function flushOutbox(): Promise<void> {
  if (!flushing) {
    flushing = sendKept().finally(() => {
      flushing = null;
    });
  }
  return flushing;
}

/** Called with the pending entries whenever they change. Returns an unsubscribe. */
export function onOutboxChange(listener: (pending: OutboxEntry[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The entries kept for the signed-in user. */
export function pendingEntries(): OutboxEntry[] {
  return read();
}

/** Called when a kept entry was sent later, with the server's answer. */
export function onOutboxSent(listener: SentListener): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

/** Called when the server refused a kept entry (e.g. a note's 409); it is no longer kept. */
export function onOutboxRefused(listener: RefusalListener): () => void {
  refusalListeners.add(listener);
  return () => refusalListeners.delete(listener);
}

/** Forgets the signed-in user's kept entries (logging out after the user agreed). */
export function discardOutbox(): void {
  write([]);
}

if (typeof window !== "undefined") {
  window.addEventListener("online", () => void flushOutbox());
  if (read().length > 0) scheduleRetry();
}
