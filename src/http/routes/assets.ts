import { Hono } from "hono";
import { styleSheet } from "../../web/assets.ts";
import { isScriptName, scriptBundle } from "../../web/scripts.ts";
import type { AppEnv } from "../types.ts";

const YEAR = "public, max-age=31536000, immutable";
const SHORT = "public, max-age=300";

/** The style sheet and the browser scripts; a URL with a version may be cached for a year. */
export const assetRoutes = new Hono<AppEnv>()
  .get("/assets/style.css", (c) => {
    const versioned = c.req.query("v") !== undefined;
    return c.body(styleSheet, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": versioned ? YEAR : SHORT,
    });
  })
  .get("/assets/js/:file{[a-z-]+\\.js}", (c) => {
    const name = c.req.param("file").replace(/\.js$/, "");
    if (!isScriptName(name)) return c.notFound();
    const versioned = c.req.query("v") !== undefined;
    return c.body(scriptBundle(name).code, 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": versioned ? YEAR : SHORT,
    });
  });
