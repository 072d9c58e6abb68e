import { Hono } from "hono";
import { z } from "zod";
import { logIn } from "../../domain/auth/log-in.ts";
import { logOut } from "../../domain/auth/log-out.ts";
import { newToken } from "../../domain/auth/session-token.ts";
import { accountMessages } from "../../i18n/da/mail.ts";
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
import type { AppEnv } from "../types.ts";

const loginForm = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
  next: z.string().optional(),
});

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
      c.req.query("besked") === "ny-adgangskode" ? accountMessages.choose.done : undefined;
    return renderPage(c, <LoginPage csrfToken={token} next={next} notice={notice} />);
  })
  .post("/login", async (c) => {
    c.header("Cache-Control", "no-store");
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
        />
      );
      return renderPage(c, page, 400);
    }
    const { db, logger } = c.get("deps");
    const address = clientAddress(c);
    const result = await logIn(db, form.data.email, form.data.password, { address });
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
    if (token) await logOut(c.get("deps").db, token);
    clearSessionCookie(c);
    return c.redirect("/", 303);
  });
