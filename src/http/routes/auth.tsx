import { type Context, Hono } from "hono";
import { z } from "zod";
import { logIn } from "../../domain/auth/log-in.ts";
import { logOut } from "../../domain/auth/log-out.ts";
import { newToken } from "../../domain/auth/session-token.ts";
import { findExternalSession } from "../../domain/sso/find-external-session.ts";
import { passwordMessages } from "../../i18n/da/mail.ts";
import { ssoMessages } from "../../i18n/da/sso.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { LoginPage } from "../../web/pages/login-page.tsx";
import { clientAddress } from "../client-address.ts";
import {
  clearLoginCsrfCookie,
  clearSessionCookie,
  readLoginCsrfCookie,
  writeLoginCsrfCookie,
  writeSessionCookie,
} from "../cookies.ts";
import { safeNextPath } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import { writeSignInChallengeCookie } from "../sign-in-cookie.ts";
import type { AppEnv } from "../types.ts";
import { loginCodeRoutes } from "./login-code.tsx";

const loginForm = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
  next: z.string().optional(),
});

/** The log-in page's options: the provider's button, the password form or both. */
function loginOptions(c: Context<AppEnv>) {
  const { config, oidc } = c.get("deps");
  return {
    provider: oidc?.settings.name ?? null,
    samlName: config.saml?.name ?? null,
    localLogin: config.localLogin,
  };
}

/** Where signing out ends: the provider's end-session page for a session it opened, else home. */
async function afterLogOut(c: Context<AppEnv>, token: string | null): Promise<string> {
  const { db, oidc, config } = c.get("deps");
  if (!token || !oidc) return "/";
  const external = await findExternalSession(db, token);
  if (external?.provider !== "oidc") return "/";
  const url = await oidc.endSessionUrl(external.idToken, `${config.publicUrl}/`);
  return url?.href ?? "/";
}

export const authRoutes = new Hono<AppEnv>()
  .get("/login", (c) => {
    const next = safeNextPath(c.req.query("next"));
    if (c.get("session")) return c.redirect(next, 303);
    let token = readLoginCsrfCookie(c);
    if (!token) {
      token = newToken();
      writeLoginCsrfCookie(c, token);
    }
    c.header("Cache-Control", "no-store");
    const notice =
      c.req.query("besked") === "ny-adgangskode" ? passwordMessages.choose.done : undefined;
    return renderPage(
      c,
      <LoginPage csrfToken={token} next={next} notice={notice} {...loginOptions(c)} />,
    );
  })
  .post("/login", async (c) => {
    c.header("Cache-Control", "no-store");
    if (!c.get("deps").config.localLogin) {
      const title = webMessages.login.title;
      return renderError(c, 403, { title, message: ssoMessages.localLoginOff });
    }
    const body = await c.req.parseBody().catch(() => null);
    if (!body) return renderError(c, 400);
    const next = safeNextPath(body.next);
    const csrfToken = readLoginCsrfCookie(c) ?? "";
    const form = loginForm.safeParse(body);
    if (!form.success) {
      const email = typeof body.email === "string" ? body.email.slice(0, 320) : "";
      const page = (
        <LoginPage
          csrfToken={csrfToken}
          next={next}
          email={email}
          error={webMessages.login.invalid}
          {...loginOptions(c)}
        />
      );
      return renderPage(c, page, 400);
    }
    const { db, logger } = c.get("deps");
    const address = clientAddress(c);
    const userAgent = c.req.header("user-agent") ?? null;
    const result = await logIn(db, form.data.email, form.data.password, { address, userAgent });
    if (!result.ok && result.secondFactor) {
      // The password was right; the session comes after the code (login-code.tsx).
      writeSignInChallengeCookie(c, result.secondFactor.token, result.secondFactor.expiresAt);
      return c.redirect(`/login/kode?next=${encodeURIComponent(next)}`, 303);
    }
    if (!result.ok) {
      if (result.retryAt) {
        logger.warn("log-in throttled");
        const seconds = Math.ceil((result.retryAt.getTime() - Date.now()) / 1000);
        c.header("Retry-After", String(Math.max(1, seconds)));
      } else {
        logger.info("log-in refused");
      }
      const page = (
        <LoginPage
          csrfToken={csrfToken}
          next={next}
          email={form.data.email}
          error={result.message}
          {...loginOptions(c)}
        />
      );
      return renderPage(c, page, result.retryAt ? 429 : 401);
    }
    writeSessionCookie(c, result.session.token, result.session.expiresAt);
    clearLoginCsrfCookie(c);
    logger.info({ userId: result.session.userId }, "logged in");
    return c.redirect(next, 303);
  })
  .post("/logout", async (c) => {
    const token = c.get("sessionToken");
    const target = await afterLogOut(c, token);
    if (token) await logOut(c.get("deps").db, token);
    clearSessionCookie(c);
    // The browser's cache may hold the user's pages; the page script removes the offline copy.
    c.header("Clear-Site-Data", '"cache"');
    return c.redirect(target, 303);
  })
  .route("/", loginCodeRoutes);
