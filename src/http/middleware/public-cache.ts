import { gzipSync } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from "hono/compress";
import { parse } from "hono/utils/cookie";
import { etagMatches, strongEtag } from "../etag.ts";
import type { CachedBody, CachedResponse, PageCache } from "../page-cache.ts";
import { requestHeader } from "../request-header.ts";
import type { AppEnv } from "../types.ts";
import { accepts, COMPRESS_FROM_BYTES } from "./compress-responses.ts";

/**
 * Anonymous public pages: browsers and proxies may keep them, but ask again before each use
 * (a 304 from the page cache when nothing changed), so an item closed after its agenda went
 * out is gone from every copy at once.
 */
export const PUBLIC_CACHE_CONTROL = "public, no-cache";

/** Headers that belong to one response, not to the cached entity. */
const NOT_KEPT = new Set(["set-cookie", "date", "etag", "vary", "cache-control", "content-length"]);

function respond(c: Context<AppEnv>, entry: CachedResponse): Response {
  const chosen: CachedBody =
    entry.gzip && accepts(requestHeader(c, "accept-encoding"), "gzip") ? entry.gzip : entry;
  if (etagMatches(requestHeader(c, "if-none-match"), entry.etag)) {
    return new Response(null, { status: 304, headers: chosen.notModified });
  }
  return new Response(chosen.body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: chosen.headers,
  });
}

/**
 * The finished response of a public route as a cache entry: its bytes and final headers, and
 * text compressed once, so a browser's hit costs no compression.
 */
async function entryOf(res: Response): Promise<Omit<CachedResponse, "storedAt">> {
  const body = new Uint8Array(await res.arrayBuffer());
  const etag = strongEtag(body);
  const compressible =
    body.byteLength >= COMPRESS_FROM_BYTES &&
    COMPRESSIBLE_CONTENT_TYPE_REGEX.test(res.headers.get("content-type") ?? "");
  // What else the route's answer varies by (a feed: a page for a browser's navigation).
  const own = (res.headers.get("vary") ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "" && !/^(cookie|accept-encoding)$/i.test(name));
  const shared = {
    "Cache-Control": res.headers.get("cache-control") ?? PUBLIC_CACHE_CONTROL,
    ETag: etag,
    // A logged-in user gets another page (their name, a log-out form) at the same URL.
    Vary: ["Cookie", ...own, ...(compressible ? ["Accept-Encoding"] : [])].join(", "),
  };
  const kept: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!NOT_KEPT.has(name.toLowerCase())) kept[name] = value;
  });
  // The 304 carries the security headers too: they belong to every answer.
  const notModified = { ...kept, ...shared };
  const headers = { ...notModified, "Content-Length": String(body.byteLength) };
  if (!compressible) return { body, etag, headers, notModified };
  const gzip = gzipSync(body);
  // The same page in another encoding: the same tag, weak.
  const gzipNotModified = { ...notModified, ETag: `W/${etag}` };
  const gzipHeaders = {
    ...gzipNotModified,
    "Content-Encoding": "gzip",
    "Content-Length": String(gzip.byteLength),
  };
  return {
    body,
    etag,
    headers,
    notModified,
    gzip: { body: gzip, headers: gzipHeaders, notModified: gzipNotModified },
  };
}

/**
 * The page cache, first in the chain after the request log: an anonymous GET (no session
 * cookie) of a public route is answered from the cache with its stored headers (security
 * headers included), without sessions, routing or the database; a miss goes down the chain and
 * the finished 200 is stored. The key is the path and query only, never the Host header or the
 * request target's host: public pages build absolute links from the configured public address
 * (config.publicUrl), so one key holds one page for everyone. No public page reads a query
 * string, so a request with one is answered fresh and never kept: random query strings cannot
 * push the real pages out of the cache (whose byte budget bounds memory in any case). A route
 * that varies its answer by Sec-Fetch-Mode (a feed) is kept per kind of request. A strong
 * ETag of the body answers 304 to
 * If-None-Match. Anyone with a session cookie always gets a fresh page, which the session
 * middleware marks private.
 */
export function pageCacheLayer(cache: PageCache, sessionCookie: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    const cookie = requestHeader(c, "cookie");
    const anonymous =
      (method === "GET" || method === "HEAD") &&
      (cookie === undefined || parse(cookie, sessionCookie)[sessionCookie] === undefined);
    const url = c.req.url;
    const query = url.indexOf("?");
    const cacheable = anonymous && query === -1;
    const key = query === -1 ? c.req.path : `${c.req.path}${url.slice(query)}`;
    // A route whose answer varies by a browser's navigation (a feed: a page about it) is kept
    // twice, under the key with the kind of request in front; every other page once.
    const mode = requestHeader(c, "sec-fetch-mode") === "navigate" ? "navigate " : "other ";
    const hit = cacheable ? (cache.get(key) ?? cache.get(`${mode}${key}`)) : undefined;
    if (hit) return respond(c, hit);
    // A change committed while this page renders may not show in it: it is then not kept.
    const generation = cache.generation;
    await next();
    if (!cacheable || !c.get("publicPage") || c.res.status !== 200 || !c.res.body) return;
    if (c.res.headers.has("set-cookie")) return;
    const varies = /(^|,)\s*sec-fetch-mode\s*(,|$)/i.test(c.res.headers.get("vary") ?? "");
    const entry = cache.set(varies ? `${mode}${key}` : key, await entryOf(c.res), generation);
    c.res = undefined;
    c.res = respond(c, entry);
  };
}

/** Marks a route's answers as public pages the page cache may keep (see pageCacheLayer). */
export function publicCache(): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    c.set("publicPage", true);
    return next();
  };
}
