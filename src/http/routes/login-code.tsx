import { Hono } from "hono";
import { verifySignInCode } from "../../domain/auth/verify-sign-in-code.ts";
import { LoginCodePage } from "../../web/pages/login-code-page.tsx";
import { clientAddress } from "../client-address.ts";
import { clearLoginCsrfCookie, readLoginCsrfCookie, writeSessionCookie } from "../cookies.ts";
import { safeNextPath } from "../params.ts";
import { renderPage } from "../render.ts";
import { clearSignInChallengeCookie, readSignInChallengeCookie } from "../sign-in-cookie.ts";
import type { AppEnv } from "../types.ts";

/**
 * /login/kode: the second step of signing in with a password, for users with a second factor.
 * The half-signed-in state is the challenge cookie alone; the session cookie is written only
 * after a right code.
 */
export const loginCodeRoutes = new Hono<AppEnv>()
  .get("/login/kode", (c) => {
    c.header("Cache-Control", "no-store");
    const next = safeNextPath(c.req.query("next"));
    if (c.get("session")) return c.redirect(next, 303);
    // Without a challenge or the log-in form's token there is nothing to finish: start over.
    const token = readLoginCsrfCookie(c);
    if (!readSignInChallengeCookie(c) || !token) return c.redirect("/login", 303);
    return renderPage(c, <LoginCodePage csrfToken={token} next={next} />);
  })
  .post("/login/kode", async (c) => {
    c.header("Cache-Control", "no-store");
    const body = await c.req.parseBody().catch(() => null);
    const next = safeNextPath(body?.next);
    const csrfToken = readLoginCsrfCookie(c) ?? "";
    const code = typeof body?.kode === "string" ? body.kode.slice(0, 20) : "";
    const { db, logger } = c.get("deps");
    const result = await verifySignInCode(db, readSignInChallengeCookie(c) ?? "", code, {
      address: clientAddress(c),
      userAgent: c.req.header("user-agent") ?? null,
    });
    if (!result.ok) {
      if (result.expired) clearSignInChallengeCookie(c);
      if (result.retryAt) {
        logger.warn("sign-in code throttled");
        const seconds = Math.ceil((result.retryAt.getTime() - Date.now()) / 1000);
        c.header("Retry-After", String(Math.max(1, seconds)));
      } else {
        logger.info("sign-in code refused");
      }
      const page = <LoginCodePage csrfToken={csrfToken} next={next} error={result.message} />;
      return renderPage(c, page, result.retryAt ? 429 : 401);
    }
    writeSessionCookie(c, result.session.token, result.session.expiresAt);
    clearSignInChallengeCookie(c);
    clearLoginCsrfCookie(c);
    logger.info({ userId: result.session.userId }, "logged in with a second factor");
    return c.redirect(next, 303);
  });
