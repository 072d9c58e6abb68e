import { clientsClaim } from "workbox-core";
import { registerRoute } from "workbox-routing";
import { NetworkFirst, NetworkOnly } from "workbox-strategies";
import { offlineMessages } from "../../../i18n/da/offline.ts";
import {
  CACHE_PREFIX,
  cacheKey,
  type DownloadProgress,
  isUserCache,
  MEETING_RECORD_PREFIX,
  type MeetingRecord,
  meetingRecordPath,
  userCacheName,
  WORKER_SCOPE,
  type WorkerRequest,
} from "./offline-keys.ts";

/**
 * The service worker of the staff area (scope /app: the start page and everything below it).
 * Online every request goes to the network, so a page is never older than the server's.
 * Offline, a page or bilag is answered from the offline copy of the user signed in on this
 * device, and only theirs: the user is what the pages last told the worker (the signed-in
 * pages' <meta name="referat-user">); signed out, nothing is answered from any copy.
 */

// The globals of a service worker (the project's TypeScript knows the DOM only).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
declare const self: {
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
};

const VERSION = new URL(self.location.href).searchParams.get("v") ?? "0";
const STATE_CACHE = `${CACHE_PREFIX}-${VERSION}-state`;
const USER_KEY = "/app/__offline/user";

let currentUser: string | null | undefined;

/** The user the pages last named; kept in a cache, as the worker may be stopped at any time. */
async function getUser(): Promise<string | null> {
  if (currentUser !== undefined) return currentUser;
  const hit = await (await caches.open(STATE_CACHE)).match(USER_KEY);
  currentUser = hit ? (await hit.text()) || null : null;
  return currentUser;
}

async function setUser(userId: string | null): Promise<void> {
  currentUser = userId;
  await (await caches.open(STATE_CACHE)).put(USER_KEY, new Response(userId ?? ""));
}

const userCache = (userId: string) => caches.open(userCacheName(VERSION, userId));

/** A new worker takes over at once: online it changes nothing a page sees. */
self.addEventListener("install", (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Copies made by an earlier worker are gone; the pages download them again.
      for (const name of await caches.keys()) {
        if (
          name.startsWith(`${CACHE_PREFIX}-`) &&
          !name.startsWith(`${CACHE_PREFIX}-${VERSION}-`)
        ) {
          await caches.delete(name);
        }
      }
    })(),
  );
});
clientsClaim();

const canonical = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) =>
    new URL(cacheKey(new URL(request.url)), self.location.origin).href,
};

/** Online answers only refresh what the user already keeps; a refused one is dropped. */
const keepOnlyKept = (userId: string) => ({
  cacheWillUpdate: async ({ request, response }: { request: Request; response: Response }) => {
    const cache = await userCache(userId);
    const key = cacheKey(new URL(request.url));
    if (!(await cache.match(key))) return null;
    if (response.status === 403 || response.status === 404) await cache.delete(key);
    return response.ok && !response.redirected && response.type === "basic" ? response : null;
  },
});

/**
 * A page of the staff area that this device keeps no copy of, asked for offline (the app's
 * start page, /app, opened from the home screen, among them): the meetings it does keep, each
 * by the title of its page (urls[0], the meeting's page), to open from here.
 */
async function offlinePage(userId: string): Promise<Response> {
  const cache = await userCache(userId);
  const links: string[] = [];
  for (const record of await records(cache)) {
    const path = record.urls[0];
    const page = path ? await cache.match(path) : undefined;
    if (!path || !page) continue;
    // The title as the page's HTML has it, escaped there.
    const title = /<title>([^<]*)<\/title>/.exec(await page.text())?.[1] ?? path;
    links.push(`<li><a href="${path}">${title.replace(/ – Referat$/, "")}</a></li>`);
  }
  const m = offlineMessages.startPage;
  const kept = links.length
    ? `<h2>${m.keptHeading}</h2><ul>${links.join("")}</ul>`
    : `<p>${m.nothingKept}</p>`;
  const body = `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${offlineMessages.heading} – Referat</title><style>body{font:1.125rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem}a{color:#004d99;display:inline-block;min-height:44px;padding:.5rem 0}</style></head><body><main><h1>${offlineMessages.heading}</h1><p>${m.notKept}</p>${kept}</main></body></html>`;
  return new Response(body, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
}

const networkOnly = new NetworkOnly();

const inScope = (path: string) => path === WORKER_SCOPE || path.startsWith(`${WORKER_SCOPE}/`);

/**
 * What the worker handles: pages of the staff area, bilag and assets. Scripts' own requests
 * (JSON, the live meeting's event stream) go to the network untouched.
 */
const handled = (url: URL, request: Request) =>
  url.origin === self.location.origin &&
  request.method === "GET" &&
  ((request.mode === "navigate" && inScope(url.pathname)) ||
    url.pathname.startsWith("/app/bilag/") ||
    url.pathname.startsWith("/assets/"));

registerRoute(
  ({ url, request }) => handled(url, request),
  async (options) => {
    const userId = await getUser();
    if (!userId) return networkOnly.handle(options);
    const strategy = new NetworkFirst({
      cacheName: userCacheName(VERSION, userId),
      plugins: [canonical, keepOnlyKept(userId)],
    });
    try {
      return await strategy.handle(options);
    } catch (error) {
      if (options.request.mode === "navigate") return offlinePage(userId);
      throw error;
    }
  },
);

/** Fetches and keeps one meeting's URLs, reporting progress; drops what it no longer lists. */
async function download(
  userId: string,
  meetingId: number,
  urls: string[],
  report: (p: DownloadProgress) => void,
): Promise<void> {
  const cache = await userCache(userId);
  const fetched: [string, Response][] = [];
  let done = 0;
  report({ type: "progress", done, total: urls.length });
  for (const url of urls) {
    const absolute = new URL(url, self.location.origin);
    if (absolute.origin !== self.location.origin) continue;
    const response = await fetch(absolute.href, { credentials: "same-origin" });
    // Signed out meanwhile (the log-in page after a redirect), or no longer readable.
    if (!response.ok || response.redirected) throw new Error(`${response.status} ${url}`);
    fetched.push([cacheKey(absolute), response]);
    done += 1;
    report({ type: "progress", done, total: urls.length });
  }
  if ((await getUser()) !== userId) throw new Error("user changed");
  for (const [key, response] of fetched) await cache.put(key, response);
  const keys = fetched.map(([key]) => key);
  await forgetUrls(cache, meetingId, keys);
  const record: MeetingRecord = { meetingId, urls: keys, at: new Date().toISOString() };
  await cache.put(meetingRecordPath(meetingId), Response.json(record));
  report({ type: "done", record });
}

async function records(cache: Cache): Promise<MeetingRecord[]> {
  const found: MeetingRecord[] = [];
  for (const request of await cache.keys()) {
    if (!new URL(request.url).pathname.startsWith(MEETING_RECORD_PREFIX)) continue;
    const hit = await cache.match(request);
    if (hit) found.push((await hit.json()) as MeetingRecord);
  }
  return found;
}

/** Deletes what the meeting listed before and no longer lists (nor any other meeting). */
async function forgetUrls(cache: Cache, meetingId: number, keep: string[]): Promise<void> {
  const all = await records(cache);
  const before = all.find((r) => r.meetingId === meetingId)?.urls ?? [];
  const elsewhere = new Set(all.filter((r) => r.meetingId !== meetingId).flatMap((r) => r.urls));
  for (const url of before) {
    if (!keep.includes(url) && !elsewhere.has(url)) await cache.delete(url);
  }
}

async function forgetUser(userId: string): Promise<void> {
  for (const name of await caches.keys()) if (isUserCache(name, userId)) await caches.delete(name);
}

async function handle(message: WorkerRequest, port: MessagePort | undefined): Promise<void> {
  const reply = (data: unknown) => port?.postMessage(data);
  switch (message.type) {
    case "user":
      await setUser(message.userId);
      return reply({ ok: true });
    case "signed-out": {
      const userId = await getUser();
      if (userId) await forgetUser(userId);
      await setUser(null);
      return reply({ ok: true });
    }
    case "forget":
      await forgetUser(message.userId);
      if ((await getUser()) === message.userId) await setUser(null);
      return reply({ ok: true });
    default:
      break;
  }
  // The rest acts on the copy of the user signed in, and only when the page names them.
  if ((await getUser()) !== message.userId) {
    const refused = {
      download: { type: "failed" },
      status: null,
      list: [],
      remove: { ok: false },
      refresh: { ok: false },
    };
    return reply(refused[message.type]);
  }
  const cache = await userCache(message.userId);
  switch (message.type) {
    case "download":
      try {
        await download(message.userId, message.meetingId, message.urls, reply);
      } catch {
        reply({ type: "failed" });
      }
      return;
    case "remove":
      await forgetUrls(cache, message.meetingId, []);
      await cache.delete(meetingRecordPath(message.meetingId));
      return reply({ ok: true });
    case "status":
      return reply((await records(cache)).find((r) => r.meetingId === message.meetingId) ?? null);
    case "list":
      return reply((await records(cache)).map((r) => r.meetingId));
    case "refresh": {
      // A page the user keeps, fetched again after they changed it (a note saved).
      const url = new URL(message.url, self.location.origin);
      const key = cacheKey(url);
      if (url.origin !== self.location.origin || !(await cache.match(key))) {
        return reply({ ok: false });
      }
      const response = await fetch(url.href, { credentials: "same-origin" }).catch(() => null);
      if (response?.ok && !response.redirected) await cache.put(key, response);
      return reply({ ok: !!response?.ok });
    }
  }
}

self.addEventListener("message", (event) => {
  const message = event.data as WorkerRequest;
  if (!message || typeof message !== "object" || typeof message.type !== "string") return;
  event.waitUntil(handle(message, event.ports[0]));
});
