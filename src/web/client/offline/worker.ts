import { Workbox } from "workbox-window";
import {
  type DownloadProgress,
  isUserCache,
  type MeetingRecord,
  type WorkerRequest,
} from "../sw/offline-keys.ts";

/** The signed-in user (<meta name="referat-user">), or null on a page for the public. */
export function signedInUser(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="referat-user"]')?.content || null;
}

const swPath = () =>
  document.querySelector<HTMLMetaElement>('meta[name="referat-sw"]')?.content ?? "/sw.js";

export const offlineSupported = () => "serviceWorker" in navigator && "caches" in window;

let registered: Promise<ServiceWorker> | null = null;

/** Registers the worker for the staff area and tells it who is signed in on this page. */
export function startWorker(userId: string): Promise<ServiceWorker> {
  registered ??= (async () => {
    const wb = new Workbox(swPath(), { scope: "/app/" });
    await wb.register();
    const sw = await wb.getSW();
    await ask(sw, { type: "user", userId });
    return sw;
  })();
  return registered;
}

function ask<T>(sw: ServiceWorker, message: WorkerRequest, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error("no answer")), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data as T);
    };
    sw.postMessage(message, [channel.port2]);
  });
}

/** Asks the running worker (registered by this page). */
export async function askWorker<T>(message: WorkerRequest): Promise<T> {
  if (!registered) throw new Error("no worker");
  return ask<T>(await registered, message);
}

/** Downloads one meeting's URLs into the user's copy; `onProgress` on each file. */
export async function downloadMeeting(
  userId: string,
  meetingId: number,
  urls: string[],
  onProgress: (done: number, total: number) => void,
): Promise<MeetingRecord> {
  if (!registered) throw new Error("no worker");
  const sw = await registered;
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
  const registration = await navigator.serviceWorker.getRegistration("/app/");
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
