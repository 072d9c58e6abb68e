import { type Context, Hono } from "hono";
import { OidcSignInError } from "../../domain/sso/oidc-client.ts";
import { signInExternal } from "../../domain/sso/sign-in-external.ts";
import { ssoMessages as m } from "../../i18n/da/sso.ts";
import { ErrorPage } from "../../web/pages/error-page.tsx";
import { clientAddress } from "../client-address.ts";
import { writeSessionCookie } from "../cookies.ts";
import { safeNextPath } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import {
  clearSignInStateCookie,
  openSignInState,
  readSignInStateCookie,
  sealSignInState,
  writeSignInStateCookie,
} from "../sign-in-state-cookie.ts";
import type { AppEnv } from "../types.ts";

export const OIDC_CALLBACK_PATH = "/login/oidc/callback";

/** A Danish page for a sign-in that did not happen; the detail goes to the log only. */
function refused(
  c: Context<AppEnv>,
  status: 400 | 403 | 503,
  text: { title: string; message: string },
) {
  c.header("Cache-Control", "no-store");
  return renderPage(c, ErrorPage({ ...text, viewer: c.get("viewer") ?? null }), status);
}

function failure(c: Context<AppEnv>, error: unknown, name: string) {
  const { logger } = c.get("deps");
  if (error instanceof OidcSignInError && error.kind === "unavailable") {
    logger.warn({ detail: error.detail }, "oidc provider unavailable");
    return refused(c, 503, { title: m.unavailableTitle, message: m.unavailable(name) });
  }
  if (!(error instanceof OidcSignInError)) throw error;
  logger.warn({ detail: error.detail }, "oidc sign-in rejected");
  return refused(c, 400, { title: m.failedTitle, message: m.failed(name) });
}

/** Sign-in through the OpenID Connect provider (REFERAT_OIDC_*); 404s when none is set. */
export const oidcRoutes = new Hono<AppEnv>()
  .get("/login/oidc", async (c) => {
    const oidc = c.get("deps").oidc;
    if (!oidc) return renderError(c, 404);
    const next = safeNextPath(c.req.query("next"));
    if (c.get("session")) return c.redirect(next, 303);
    c.header("Cache-Control", "no-store");
    try {
      const { url, pending } = await oidc.start(next);
      writeSignInStateCookie(c, sealSignInState(pending, oidc.settings.clientSecret));
      return c.redirect(url.href, 303);
    } catch (error) {
      return failure(c, error, oidc.settings.name);
    }
  })
  .get(OIDC_CALLBACK_PATH, async (c) => {
    const { oidc, db, logger, config } = c.get("deps");
    if (!oidc) return renderError(c, 404);
    const pending = openSignInState(readSignInStateCookie(c), oidc.settings.clientSecret);
    clearSignInStateCookie(c);
    if (!pending) {
      logger.warn("oidc callback without a valid sign-in state cookie");
      return refused(c, 400, { title: m.failedTitle, message: m.expired });
    }
    // The URL the provider redirected to, as Referat is reached from outside (not the Host).
    const search = new URL(c.req.url).search;
    const callbackUrl = new URL(`${OIDC_CALLBACK_PATH}${search}`, config.publicUrl);
    let result: Awaited<ReturnType<typeof oidc.finish>>;
    try {
      result = await oidc.finish(callbackUrl, pending);
    } catch (error) {
      return failure(c, error, oidc.settings.name);
    }
    const signedIn = await signInExternal(db, result.profile, {
      address: clientAddress(c),
      idToken: result.idToken,
      organisationName: config.ssoOrganisation,
    });
    if (!signedIn.ok) {
      logger.info({ reason: signedIn.reason }, "oidc sign-in refused");
      return refused(c, 403, { title: m.refusedTitle, message: signedIn.message });
    }
    writeSessionCookie(c, signedIn.session.token, signedIn.session.expiresAt);
    logger.info({ userId: signedIn.userId }, "signed in through oidc");
    c.header("Cache-Control", "no-store");
    return c.redirect(safeNextPath(pending.next), 303);
  });
