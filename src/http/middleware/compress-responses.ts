import { gzipSync } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { compress } from "hono/compress";
import { requestHeader } from "../request-header.ts";
import { brotliOnce } from "./brotli-once.ts";

/** Bodies smaller than this are sent as they are: compressing them saves too little. */
export const COMPRESS_FROM_BYTES = 1024;

/** Requests a page of this site or the user (address bar, bookmark) started, not another site. */
const OWN = new Set(["same-origin", "none"]);

/**
 * Text answers (pages, scripts, style sheet, JSON, feeds) are sent gzip-compressed to browsers
 * that accept it: an agenda page or the editor's script is a fifth to a third of its size
 * over a member's mobile connection. Server-sent events, files (PDF, Word, images) and
 * bodies under 1 KB are sent as they are. The page cache keeps its pages compressed already
 * (public-cache.ts); this compresses everything else as it is sent.
 *
 * A request with cookies is compressed only when the browser says this site or the user
 * started it (Sec-Fetch-Site): a logged-in page holds secrets (the CSRF token), and another
 * site that could make the browser ask for it many times, with words of its choosing in the
 * page, could read them from the compressed sizes (BREACH).
 */
export function compressResponses(): MiddlewareHandler {
  const gzip = compress({ encoding: "gzip", threshold: COMPRESS_FROM_BYTES });
  return (c, next) => (mayCompress(c) ? gzip(c, next) : next());
}

/** Read before the answer, cheaply: a page-cache hit must not pay for a Headers object. */
function mayCompress(c: Context): boolean {
  if (!accepts(requestHeader(c, "accept-encoding"), "gzip")) return false;
  if (requestHeader(c, "cookie") === undefined) return true;
  return OWN.has(requestHeader(c, "sec-fetch-site") ?? "");
}

/** True when an Accept-Encoding header allows `coding`: named or by `*`, with a q above 0. */
export function accepts(acceptEncoding: string | undefined, coding: "gzip" | "br"): boolean {
  if (!acceptEncoding) return false;
  let any = false;
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...parameters] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = parameters.find((p) => p.startsWith("q="));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (name === coding) return allowed;
    if (name === "*") any = allowed;
  }
  return any;
}

/** A lasting text compressed: gzip at once, brotli when its thread is done. */
interface Packed {
  gzip: Uint8Array;
  br?: Uint8Array;
}

/** Texts that last as long as the process, compressed: a few bundles and the style sheet. */
const packed = new Map<string, Packed>();

/**
 * Packs a lasting text: gzip now (a few milliseconds), brotli at its best on the thread pool
 * (brotliOnce: seconds for the pdf.js worker, too long to keep a request waiting). Until brotli
 * is done, browsers that take it get gzip.
 */
function pack(text: string): Packed {
  let entry = packed.get(text);
  if (!entry) {
    const made: Packed = { gzip: new Uint8Array(gzipSync(text)) };
    entry = made;
    packed.set(text, made);
    brotliOnce(text).then(
      (bytes) => {
        made.br = new Uint8Array(bytes);
      },
      () => undefined, // gzip stays
    );
  }
  return entry;
}

/**
 * A text that does not change while the process runs (a script bundle, the style sheet) as a
 * 200: compressed once, not per request, with brotli or gzip for browsers that accept it
 * (brotli makes the pdf.js worker a fifth smaller again). It holds no secret, so it is
 * compressed whoever asks.
 */
export function sendLastingText(c: Context, text: string, headers: Record<string, string>) {
  const acceptEncoding = requestHeader(c, "accept-encoding");
  const vary = { ...headers, Vary: "Accept-Encoding" };
  if (text.length < COMPRESS_FROM_BYTES) return c.body(text, 200, vary);
  const entry =
    accepts(acceptEncoding, "gzip") || accepts(acceptEncoding, "br") ? pack(text) : null;
  if (entry?.br && accepts(acceptEncoding, "br")) {
    return c.body(entry.br as Uint8Array<ArrayBuffer>, 200, { ...vary, "Content-Encoding": "br" });
  }
  if (entry && accepts(acceptEncoding, "gzip")) {
    return c.body(entry.gzip as Uint8Array<ArrayBuffer>, 200, {
      ...vary,
      "Content-Encoding": "gzip",
    });
  }
  return c.body(text, 200, vary);
}
