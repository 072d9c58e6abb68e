import { Hono } from "hono";
import { listPublicCommittees } from "../../domain/publication/list-public-committees.ts";
import { FEED_XSL, FEED_XSL_PATH } from "../../web/feeds/feed-xsl.ts";
import { SubscribePage } from "../../web/pages/subscribe-page.tsx";
import { publicCache } from "../middleware/public-cache.ts";
import { renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

/** »Abonnér« (feeds and calendars explained, addresses to copy) and the feeds' stylesheet. */
export const subscribeRoutes = new Hono<AppEnv>()
  .get("/abonner", publicCache(), async (c) => {
    const { db, config } = c.get("deps");
    const committees = await listPublicCommittees(db);
    const page = (
      <SubscribePage origin={config.publicUrl} committees={committees} viewer={c.get("viewer")} />
    );
    return renderPage(c, page);
  })
  .get(FEED_XSL_PATH, publicCache(), (c) =>
    c.body(FEED_XSL, 200, {
      "Content-Type": "text/xsl; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
    }),
  );
