import type { Context } from "hono";
import { type AtomFeedInput, atomFeed } from "../web/feeds/atom-feed.ts";
import { FeedPage } from "../web/pages/feed-page.tsx";
import { renderPage } from "./render.ts";
import type { AppEnv } from "./types.ts";

/**
 * A feed at its address: a page about it for someone who opens it in a browser (a navigation:
 * only browsers send Sec-Fetch-Mode), the Atom document for everyone else, feed readers among
 * them. Browsers no longer apply XSLT stylesheets, so the feed itself cannot be made readable
 * for them.
 */
export function sendFeed(c: Context<AppEnv>, feed: AtomFeedInput) {
  // Two answers at one address; the page cache keeps a browser's navigation apart too.
  c.header("Vary", "Sec-Fetch-Mode");
  if (c.req.header("sec-fetch-mode") === "navigate") {
    return renderPage(c, <FeedPage feed={feed} viewer={c.get("viewer")} />);
  }
  return c.body(atomFeed(feed), 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
}
