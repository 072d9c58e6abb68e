import { type Context, Hono } from "hono";
import { appIcon, type IconFile, isIconFile } from "../../web/app-icon/app-icon.ts";
import { webManifest } from "../../web/app-icon/web-manifest.ts";
import { styleSheet } from "../../web/assets.ts";
import { WORKER_SCOPE } from "../../web/client/sw/offline-keys.ts";
import { isScriptName, scriptBundle } from "../../web/scripts.ts";
import { serviceWorkerBundle } from "../../web/service-worker.ts";
import { sendLastingText } from "../middleware/compress-responses.ts";
import type { AppEnv } from "../types.ts";

const YEAR = "public, max-age=31536000, immutable";
const SHORT = "public, max-age=300";

const sendIcon = (c: Context, name: IconFile, cacheControl: string) =>
  c.body(new Uint8Array(appIcon(name).png), 200, {
    "Content-Type": "image/png",
    "Cache-Control": cacheControl,
  });

/**
 * The style sheet, the browser scripts, the app's icons and manifest, and the service worker;
 * a URL with a version may be cached for a year.
 */
export const assetRoutes = new Hono<AppEnv>()
  .get("/assets/style.css", (c) => {
    const versioned = c.req.query("v") !== undefined;
    return sendLastingText(c, styleSheet, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": versioned ? YEAR : SHORT,
    });
  })
  .get("/assets/js/:file{[a-z-]+\\.js}", (c) => {
    const name = c.req.param("file").replace(/\.js$/, "");
    if (!isScriptName(name)) return c.notFound();
    const versioned = c.req.query("v") !== undefined;
    return sendLastingText(c, scriptBundle(name).code, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": versioned ? YEAR : SHORT,
    });
  })
  .get("/assets/ikoner/:file{[a-z0-9-]+\\.png}", (c) => {
    const name = c.req.param("file");
    if (!isIconFile(name)) return c.notFound();
    return sendIcon(c, name, c.req.query("v") !== undefined ? YEAR : SHORT);
  })
  // Asked for by the browser itself where a page names no icon, as when a PDF is opened.
  .get("/favicon.ico", (c) => sendIcon(c, "ikon-32.png", SHORT))
  .get("/manifest.webmanifest", (c) =>
    c.body(JSON.stringify(webManifest()), 200, {
      "Content-Type": "application/manifest+json; charset=utf-8",
      "Cache-Control": SHORT,
    }),
  )
  // Never cached by the browser: it must see a new worker at once (the versions are in it).
  .get("/sw.js", (c) =>
    sendLastingText(c, serviceWorkerBundle().code, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "no-cache",
      "Service-Worker-Allowed": WORKER_SCOPE,
    }),
  );
