import type { Context } from "hono";
import { type AtomFeedInput, atomFeed } from "../web/feeds/atom-feed.ts";
import { FeedPage } from "../web/pages/feed-page.tsx";
import { PUBLIC_CACHE_CONTROL } from "./middleware/public-cache.ts";
import { renderPage } from "./render.ts";
import type { AppEnv } from "./types.ts";

/**
 * A feed at its address: a page about it for someone who opens it in a browser (a navigation
 * that asks for HTML), the Atom document for everyone else, feed readers among them. Browsers
 * no longer apply XSLT stylesheets, so the feed itself cannot be made readable for them.
 */
export function sendFeed(c: Context<AppEnv>, feed: AtomFeedInput) {
  // Two answers at one address: never one kept for both by the page cache (keyed by path).
  c.set("publicPage", false);
  c.header("Cache-Control", c.get("viewer") ? "private, no-store" : PUBLIC_CACHE_CONTROL);
  c.header("Vary", "Cookie, Accept, Sec-Fetch-Mode");
  const browsing =
    c.req.header("sec-fetch-mode") === "navigate" &&
    (c.req.header("accept") ?? "").includes("text/html");
  if (browsing) return renderPage(c, <FeedPage feed={feed} viewer={c.get("viewer")} />);
  return c.body(atomFeed(feed), 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
}
