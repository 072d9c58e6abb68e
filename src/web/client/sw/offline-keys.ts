/**
 * The names the service worker and the pages share. A user's offline copy is one cache per
 * worker version and user (`referat-offline-<version>-u<userId>`), so a new worker starts
 * clean and one user's pages are never in another user's cache.
 */
export const CACHE_PREFIX = "referat-offline";

/** What the worker controls: the staff area, its start page /app included. */
export const WORKER_SCOPE = "/app";

export function userCacheName(version: string, userId: string): string {
  return `${CACHE_PREFIX}-${version}-u${userId}`;
}

/** True for every cache of this user, whatever the version. */
export function isUserCache(name: string, userId: string): boolean {
  return name.startsWith(`${CACHE_PREFIX}-`) && name.endsWith(`-u${userId}`);
}

/** The record of one downloaded meeting inside the user's cache (never a real URL). */
export const meetingRecordPath = (meetingId: number) => `/app/__offline/moeder/${meetingId}`;
export const MEETING_RECORD_PREFIX = "/app/__offline/moeder/";

export interface MeetingRecord {
  meetingId: number;
  urls: string[];
  /** ISO time of the download. */
  at: string;
}

/** Messages a page sends the worker; the answer comes on the message's port. */
export type WorkerRequest =
  | { type: "user"; userId: string | null }
  | { type: "signed-out" }
  | { type: "forget"; userId: string }
  | { type: "download"; userId: string; meetingId: number; urls: string[] }
  | { type: "remove"; userId: string; meetingId: number }
  | { type: "status"; userId: string; meetingId: number }
  | { type: "refresh"; userId: string; url: string }
  | { type: "list"; userId: string };

export type DownloadProgress =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; record: MeetingRecord }
  | { type: "failed" };

/**
 * The key an URL is kept under: pages without their query string (a notice after saving,
 * `?ok=note`, is the same page), assets with it (their version).
 */
export function cacheKey(url: URL): string {
  return url.pathname.startsWith("/assets/") ? url.pathname + url.search : url.pathname;
}
