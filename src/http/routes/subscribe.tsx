import { Hono } from "hono";
import { listPublicCommittees } from "../../domain/publication/list-public-committees.ts";
import { SubscribePage } from "../../web/pages/subscribe-page.tsx";
import { publicCache } from "../middleware/public-cache.ts";
import { renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

/** »Abonnér«: feeds and calendars explained, addresses to copy. */
export const subscribeRoutes = new Hono<AppEnv>().get("/abonner", publicCache(), async (c) => {
  const { db, config } = c.get("deps");
  const committees = await listPublicCommittees(db);
  const page = (
    <SubscribePage origin={config.publicUrl} committees={committees} viewer={c.get("viewer")} />
  );
  return renderPage(c, page);
});
