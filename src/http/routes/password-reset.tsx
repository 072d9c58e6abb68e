import type { Context } from "hono";
import { Hono } from "hono";
import { findUsableToken } from "../../domain/auth/account-token.ts";
import { requestPasswordReset } from "../../domain/auth/request-password-reset.ts";
import { newToken } from "../../domain/auth/session-token.ts";
import { setPasswordWithToken } from "../../domain/auth/set-password-with-token.ts";
import { passwordMessages } from "../../i18n/da/mail.ts";
import {
  ChoosePasswordPage,
  ForgotPasswordPage,
  LinkExpiredPage,
  ResetRequestedPage,
} from "../../web/pages/account-pages.tsx";
import { clientAddress } from "../client-address.ts";
import { readLoginCsrfCookie, writeLoginCsrfCookie } from "../cookies.ts";
import { readForm, text } from "../form.ts";
import { renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

const m = passwordMessages;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The pre-session CSRF token the anonymous forms carry (as on the log-in form). */
function formToken(c: Context<AppEnv>): string {
  let token = readLoginCsrfCookie(c);
  if (!token) {
    token = newToken();
    writeLoginCsrfCookie(c, token);
  }
  return token;
}

/** Pages with a one-time token in the address: never kept, never sent on as a referrer. */
function privatePage(c: Context<AppEnv>) {
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "no-referrer");
}

/**
 * »Glemt adgangskode« (/glemt-adgangskode) and choosing a password through a mailed one-time
 * link (/ny-adgangskode?token=…, for a reset and for an invitation). Anonymous; the forms carry
 * the log-in form's pre-session CSRF token.
 */
export const passwordResetRoutes = new Hono<AppEnv>()
  .get("/glemt-adgangskode", (c) => {
    privatePage(c);
    return renderPage(c, <ForgotPasswordPage csrfToken={formToken(c)} viewer={c.get("viewer")} />);
  })
  .post("/glemt-adgangskode", async (c) => {
    privatePage(c);
    const form = await readForm(c);
    const email = text(form, "email").trim().slice(0, 320);
    const viewer = c.get("viewer");
    if (!EMAIL.test(email)) {
      const page = (
        <ForgotPasswordPage
          csrfToken={formToken(c)}
          viewer={viewer}
          email={email}
          error={m.forgot.invalid}
        />
      );
      return renderPage(c, page, 400);
    }
    const { db, logger } = c.get("deps");
    const result = await requestPasswordReset(db, email, { address: clientAddress(c) });
    if (!result.ok) {
      logger.warn("password reset throttled");
      const seconds = Math.max(1, Math.ceil((result.retryAt.getTime() - Date.now()) / 1000));
      c.header("Retry-After", String(seconds));
      const page = (
        <ForgotPasswordPage
          csrfToken={formToken(c)}
          viewer={viewer}
          email={email}
          error={m.forgot.tooMany(Math.ceil(seconds / 60))}
        />
      );
      return renderPage(c, page, 429);
    }
    return renderPage(c, <ResetRequestedPage viewer={viewer} />);
  })
  .get("/ny-adgangskode", async (c) => {
    privatePage(c);
    const token = c.req.query("token") ?? "";
    const usable = await findUsableToken(c.get("deps").db, token);
    if (!usable) return renderPage(c, <LinkExpiredPage viewer={c.get("viewer")} />, 410);
    const page = (
      <ChoosePasswordPage
        csrfToken={formToken(c)}
        viewer={c.get("viewer")}
        token={token}
        purpose={usable.purpose}
        email={usable.email}
      />
    );
    return renderPage(c, page);
  })
  .post("/ny-adgangskode", async (c) => {
    privatePage(c);
    const form = await readForm(c);
    const token = text(form, "token");
    const password = text(form, "password");
    const { db, logger } = c.get("deps");
    const usable = await findUsableToken(db, token);
    if (!usable) return renderPage(c, <LinkExpiredPage viewer={c.get("viewer")} />, 410);
    const again = (error: string) =>
      renderPage(
        c,
        <ChoosePasswordPage
          csrfToken={formToken(c)}
          viewer={c.get("viewer")}
          token={token}
          purpose={usable.purpose}
          email={usable.email}
          error={error}
        />,
        400,
      );
    if (password !== text(form, "repeat")) return again(m.choose.mismatch);
    const result = await setPasswordWithToken(db, token, password);
    if (!result.ok) {
      if (result.reason === "invalid") return again(result.message);
      return renderPage(c, <LinkExpiredPage viewer={c.get("viewer")} />, 410);
    }
    logger.info({ userId: result.userId }, "password set through a mailed link");
    return c.redirect("/login?besked=ny-adgangskode", 303);
  });
