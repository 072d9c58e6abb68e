import { type Context, Hono } from "hono";
import QRCode from "qrcode";
import {
  confirmTotpSetup,
  disableTotp,
  getTotpState,
  startTotpSetup,
} from "../../domain/auth/manage-totp.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import { TotpPage } from "../../web/pages/totp-page.tsx";
import { clientAddress } from "../client-address.ts";
import { readForm, text } from "../form.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

const NOTICES = accountMessages.totp.notices;
const PATH = "/app/konto/totp";

function principalOf(c: Context<AppEnv>) {
  const principal = c.get("session")?.principal;
  if (!principal) throw new DomainError("forbidden", accountMessages.totp.onlyAdmins);
  return principal;
}

/** The set-up page, with a refusal shown on it (wrong code and the like) when given. */
async function totpPage(c: Context<AppEnv>, refused?: DomainError) {
  const state = await getTotpState(c.get("deps").db, principalOf(c));
  const qrSvg =
    state.kind === "pending" ? await QRCode.toString(state.uri, { type: "svg", margin: 2 }) : null;
  const notice = refused ? null : (NOTICES[c.req.query("besked") ?? ""] ?? null);
  const page = (
    <TotpPage
      viewer={c.get("viewer")}
      state={state}
      qrSvg={qrSvg}
      notice={notice}
      error={refused?.message ?? null}
    />
  );
  return renderPage(
    c,
    page,
    refused ? (refused.status === 429 ? 429 : refused.status === 409 ? 409 : 400) : 200,
  );
}

/** A refusal as its page: 403 as an error page, the rest on the set-up page. */
function refusal(c: Context<AppEnv>, error: unknown) {
  if (!(error instanceof DomainError)) throw error;
  if (error.status === 403 || error.status === 404) {
    return renderError(c, error.status, {
      title: accountMessages.totp.title,
      message: error.message,
    });
  }
  return totpPage(c, error);
}

/** /app/konto/totp: an administrator's own second factor (TOTP). */
export const accountRoutes = new Hono<AppEnv>()
  .get("/konto/totp", async (c) => {
    try {
      return await totpPage(c);
    } catch (error) {
      return refusal(c, error);
    }
  })
  .post("/konto/totp/start", async (c) => {
    try {
      await startTotpSetup(c.get("deps").db, principalOf(c));
      return c.redirect(PATH, 303);
    } catch (error) {
      return refusal(c, error);
    }
  })
  .post("/konto/totp/bekraeft", async (c) => {
    try {
      const principal = principalOf(c);
      await getTotpState(c.get("deps").db, principal);
      const code = text(await readForm(c), "kode");
      await confirmTotpSetup(c.get("deps").db, principal, code);
      return c.redirect(`${PATH}?besked=enabled`, 303);
    } catch (error) {
      return refusal(c, error);
    }
  })
  .post("/konto/totp/slaa-fra", async (c) => {
    try {
      const principal = principalOf(c);
      await getTotpState(c.get("deps").db, principal);
      const code = text(await readForm(c), "kode");
      const address = clientAddress(c);
      await disableTotp(c.get("deps").db, principal, code, { address });
      return c.redirect(`${PATH}?besked=disabled`, 303);
    } catch (error) {
      return refusal(c, error);
    }
  });
