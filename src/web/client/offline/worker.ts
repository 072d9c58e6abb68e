import { messageSW } from "workbox-window";
import {
  type DownloadProgress,
  isUserCache,
  type MeetingRecord,
  WORKER_SCOPE,
  type WorkerRequest,
} from "../sw/offline-keys.ts";

/** The signed-in user (<meta name="referat-user">), or null on a page for the public. */
export function signedInUser(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="referat-user"]')?.content || null;
}

const swPath = () =>
  document.querySelector<HTMLMetaElement>('meta[name="referat-sw"]')?.content ?? "/sw.js";

export const offlineSupported = () => "serviceWorker" in navigator && "caches" in window;

let registration: Promise<ServiceWorkerRegistration> | null = null;

/** The registration's active worker, once it has one (a first install takes a moment). */
function activeWorker(reg: ServiceWorkerRegistration): Promise<ServiceWorker> {
  if (reg.active) return Promise.resolve(reg.active);
  return new Promise((resolve) => {
    const check = () => {
      if (reg.active) resolve(reg.active);
    };
    for (const worker of [reg.installing, reg.waiting]) {
      worker?.addEventListener("statechange", check);
    }
    reg.addEventListener("updatefound", () =>
      reg.installing?.addEventListener("statechange", check),
    );
    check();
  });
}

/**
 * Earlier versions registered the worker under "/app/". That registration would go on
 * answering for every page under it beside the current one (the longer scope wins), so it is
 * removed; it lets go once no page uses it.
 */
async function dropEarlierScope(): Promise<void> {
  for (const earlier of await navigator.serviceWorker.getRegistrations()) {
    if (new URL(earlier.scope).pathname === `${WORKER_SCOPE}/`) await earlier.unregister();
  }
}

/** Registers the worker for the staff area and tells it who is signed in on this page. */
export async function startWorker(userId: string): Promise<void> {
  if (!registration) void dropEarlierScope().catch(() => undefined);
  registration ??= navigator.serviceWorker.register(swPath(), { scope: WORKER_SCOPE });
  const sw = await activeWorker(await registration);
  await messageSW(sw, { type: "user", userId } satisfies WorkerRequest);
}

function ask<T>(sw: ServiceWorker, message: WorkerRequest, timeoutMs = 10_000): Promise<T> {
  return Promise.race([
    messageSW(sw, message) as Promise<T>,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error("no answer")), timeoutMs)),
  ]);
}

/** The worker of this page's registration (registered by startWorker). */
async function running(): Promise<ServiceWorker> {
  if (!registration) throw new Error("no worker");
  return activeWorker(await registration);
}

/** Asks the running worker. */
export async function askWorker<T>(message: WorkerRequest): Promise<T> {
  return ask<T>(await running(), message);
}

/** Fetches a page the signed-in user keeps offline again (after they changed it). */
export async function refreshKeptPage(url: string): Promise<void> {
  const userId = signedInUser();
  if (!registration || !userId) return;
  await askWorker({ type: "refresh", userId, url }).catch(() => undefined);
}

/** Downloads one meeting's URLs into the user's copy; `onProgress` on each file. */
export async function downloadMeeting(
  userId: string,
  meetingId: number,
  urls: string[],
  onProgress: (done: number, total: number) => void,
): Promise<MeetingRecord> {
  const sw = await running();
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => {
      const data = event.data as DownloadProgress;
      if (data.type === "progress") onProgress(data.done, data.total);
      else if (data.type === "done") resolve(data.record);
      else reject(new Error("download failed"));
    };
    sw.postMessage({ type: "download", userId, meetingId, urls } satisfies WorkerRequest, [
      channel.port2,
    ]);
  });
}

/**
 * Removes a user's offline copy: through the worker of the staff area when there is one (it
 * also stops answering for them), and from the page's own Cache Storage in any case.
 */
export async function forgetOfflineCopy(userId: string | null): Promise<void> {
  if (!offlineSupported()) return;
  const registration = await navigator.serviceWorker.getRegistration(WORKER_SCOPE);
  const sw = registration?.active;
  if (sw) {
    const message: WorkerRequest = userId ? { type: "forget", userId } : { type: "signed-out" };
    await ask(sw, message, 3000).catch(() => undefined);
  }
  if (userId) {
    for (const name of await caches.keys()) {
      if (isUserCache(name, userId)) await caches.delete(name);
    }
  }
}
