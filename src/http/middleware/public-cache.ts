import type { Context, MiddlewareHandler } from "hono";
import { etagMatches, strongEtag } from "../etag.ts";
import type { CachedResponse } from "../page-cache.ts";
import type { AppEnv } from "../types.ts";

/** Anonymous public pages: browsers and proxies may keep them a minute. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60";

/** Headers that belong to one response, not to the cached entity. */
const NOT_KEPT = new Set(["set-cookie", "content-length", "date", "etag", "vary"]);

function respond(c: Context<AppEnv>, entry: CachedResponse): Response {
  const headers = new Headers(entry.headers);
  if (!headers.has("cache-control")) headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
  headers.set("ETag", entry.etag);
  // A logged-in user gets another page (their name, a log-out form) at the same URL.
  headers.set("Vary", "Cookie");
  if (etagMatches(c.req.header("If-None-Match"), entry.etag)) {
    const keep = ["Cache-Control", "ETag", "Vary"].map((k) => [k, headers.get(k) ?? ""]);
    return new Response(null, { status: 304, headers: keep as [string, string][] });
  }
  return new Response(entry.body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

/**
 * Serves a public GET for anonymous visitors from the app's page cache, rendering it only when
 * missing or expired; answers with a strong ETag and 304 to If-None-Match. The key is host and
 * path: query strings never change a public page, so `?preview=1` gets the same public page.
 * Logged-in users always get a fresh page, which the session middleware marks private.
 */
export function publicCache(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get("viewer") || (c.req.method !== "GET" && c.req.method !== "HEAD")) return next();
    const cache = c.get("pageCache");
    const key = `${c.req.header("host") ?? ""}${c.req.path}`;
    const hit = cache.get(key);
    if (hit) return respond(c, hit);
    await next();
    const res = c.res;
    if (res.status !== 200 || res.headers.has("set-cookie") || !res.body) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers: [string, string][] = [];
    res.headers.forEach((value, name) => {
      if (!NOT_KEPT.has(name.toLowerCase())) headers.push([name, value]);
    });
    const entry = cache.set(key, { body, headers, etag: strongEtag(body) });
    c.res = undefined;
    c.res = respond(c, entry);
  };
}
