import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { MAX_ATTACHMENT_BYTES } from "../domain/attachment/store-attachment.ts";
import { setMailOrigin } from "../domain/mail/mail-origin.ts";
import { publicViewEvents } from "../domain/publication/public-view-events.ts";
import { OidcClient } from "../domain/sso/oidc-client.ts";
import { attachmentMessages } from "../i18n/da/attachment.ts";
import { webMessages } from "../i18n/da/web.ts";
import { cookieNames } from "./cookies.ts";
import { UnreadableFormError } from "./form.ts";
import { compressResponses } from "./middleware/compress-responses.ts";
import { csrfToken } from "./middleware/csrf-token.ts";
import { originCheck } from "./middleware/origin-check.ts";
import { pageCacheLayer } from "./middleware/public-cache.ts";
import { requestLogger } from "./middleware/request-logger.ts";
import { securityHeaders } from "./middleware/security-headers.ts";
import { loadSession } from "./middleware/session.ts";
import { PageCache } from "./page-cache.ts";
import { renderError } from "./render.ts";
import { assetRoutes } from "./routes/assets.ts";
import { UPLOAD_PATH } from "./routes/attachment-upload.ts";
import { authRoutes } from "./routes/auth.tsx";
import { committeeRoutes } from "./routes/committee.tsx";
import { healthRoutes } from "./routes/health.ts";
import { itemRoutes } from "./routes/items.tsx";
import { calendarFeedRoutes } from "./routes/meetings-plan-feed.tsx";
import { minutesPublicRoutes } from "./routes/minutes-public.tsx";
import { oidcRoutes } from "./routes/oidc.tsx";
import { oparlRoutes } from "./routes/oparl.ts";
import { passwordResetRoutes } from "./routes/password-reset.tsx";
import { publicRoutes } from "./routes/public.tsx";
import { recordingPublicRoutes } from "./routes/recording-public.ts";
import { samlRoutes } from "./routes/saml.tsx";
import { searchRoutes } from "./routes/search.tsx";
import { staffRoutes } from "./routes/staff.tsx";
import { subscribeRoutes } from "./routes/subscribe.tsx";
import type { AppDeps, AppEnv } from "./types.ts";

const MAX_BODY_BYTES = 256 * 1024;
/** Public pages are kept a minute at most: changes made outside this process show by then. */
const PAGE_CACHE = { ttlMs: 60_000, maxBytes: 64 * 1024 * 1024 };
/** An uploaded bilag plus the multipart envelope and the form's other fields. */
const MAX_UPLOAD_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;
const tooLargeUpload = {
  title: webMessages.errors.tooLargeTitle,
  message: attachmentMessages.errors.tooLarge(MAX_ATTACHMENT_BYTES / 1024 / 1024),
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Public pages and documents go when the publication gate signals a change (also one made
 * outside a request). The listener holds the cache weakly: an app that is dropped (tests make
 * many) takes its listener with it.
 */
function clearOnPublicChange(cache: PageCache): void {
  const ref = new WeakRef(cache);
  const stop = publicViewEvents.subscribe(() => {
    const live = ref.deref();
    if (live) live.clear();
    else stop();
  });
}

/** The web application: public portal, log-in and the staff area. */
export function createApp(given: AppDeps): Hono<AppEnv> {
  const { oidc: oidcConfig, publicUrl } = given.config;
  const deps: AppDeps = {
    ...given,
    oidc: given.oidc ?? (oidcConfig ? new OidcClient(oidcConfig, publicUrl) : undefined),
  };
  const app = new Hono<AppEnv>();
  setMailOrigin(deps.config.publicUrl);
  const pageCache = new PageCache(PAGE_CACHE);
  clearOnPublicChange(pageCache);

  app.use("*", requestLogger(deps.logger));
  app.use("*", compressResponses());
  app.use("*", pageCacheLayer(pageCache, cookieNames(deps.config.secureCookies).session));
  app.use("*", securityHeaders(deps.config.secureCookies));
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("viewer", null);
    c.set("session", null);
    c.set("sessionToken", null);
    c.set("publicPage", false);
    await next();
    // What staff change in this process shows on the public pages at once. The gate's signal
    // came before the commit; clearing again now, after it, also drops any page rendered from
    // the old state in between. (Only with a session: anonymous POSTs change no content and
    // must not be a way to empty the cache.)
    const changed = !SAFE_METHODS.has(c.req.method) && c.res.status < 400;
    if (changed && c.get("session")) pageCache.clear();
  });
  const formLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => renderError(c, 413) });
  const uploadLimit = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: (c) => renderError(c, 413, tooLargeUpload),
  });
  // A GET or HEAD is never read for a body; looking for one would cost a full Request per page.
  app.use("*", (c, next) =>
    SAFE_METHODS.has(c.req.method)
      ? next()
      : (UPLOAD_PATH.test(c.req.path) ? uploadLimit : formLimit)(c, next),
  );
  // SAML: the identity provider posts to the ACS from its own origin (routes/saml.tsx).
  app.route("/", samlRoutes);
  app.use("*", originCheck(deps.config));
  app.route("/", healthRoutes);
  app.route("/", assetRoutes);
  app.use("*", loadSession());
  app.use("*", csrfToken());
  app.route("/", recordingPublicRoutes);
  app.route("/", publicRoutes);
  app.route("/", subscribeRoutes);
  app.route("/", searchRoutes);
  app.route("/", committeeRoutes);
  app.route("/", itemRoutes);
  app.route("/", minutesPublicRoutes);
  app.route("/", authRoutes);
  app.route("/", oidcRoutes);
  app.route("/", passwordResetRoutes);
  app.route("/", calendarFeedRoutes);
  app.route("/", oparlRoutes);
  app.route("/app", staffRoutes);

  app.notFound((c) => renderError(c, 404));
  app.onError((error, c) => {
    if (error instanceof UnreadableFormError) {
      const e = webMessages.errors;
      return renderError(c, 400, { title: e.unreadableFormTitle, message: e.unreadableForm });
    }
    if (error instanceof HTTPException && error.status < 500) {
      if (error.status === 403) return renderError(c, 403);
      if (error.status === 413) return renderError(c, 413);
      if (error.status === 404) return renderError(c, 404);
      return renderError(c, 400);
    }
    deps.logger.error({ err: error, method: c.req.method, path: c.req.path }, "request failed");
    return renderError(c, 500);
  });
  return app;
}
