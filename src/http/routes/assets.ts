import { Hono } from "hono";
import { styleSheet } from "../../web/assets.ts";
import type { AppEnv } from "../types.ts";

/** The style sheet; its URL carries a version, so it may be cached for a year. */
export const assetRoutes = new Hono<AppEnv>().get("/assets/style.css", (c) => {
  const versioned = c.req.query("v") !== undefined;
  return c.body(styleSheet, 200, {
    "Content-Type": "text/css; charset=utf-8",
    "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300",
  });
});
