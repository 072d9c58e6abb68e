import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { webMessages } from "../../i18n/da/web.ts";
import type { AppEnv } from "../types.ts";

/** GET /healthz: 200 when the database answers, 503 when it does not. */
export const healthRoutes = new Hono<AppEnv>().get("/healthz", async (c) => {
  c.header("Cache-Control", "no-store");
  const { db, logger } = c.get("deps");
  try {
    await db.execute(sql`select 1`);
    return c.json({ status: "ok" });
  } catch (error) {
    logger.error({ err: error }, "health check: database unavailable");
    return c.json({ status: "error", message: webMessages.errors.databaseDown }, 503);
  }
});
