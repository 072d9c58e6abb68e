import { type Context, Hono } from "hono";
import { canAdministerOrganisation } from "../../domain/access/access.policy.ts";
import { getMailOverview } from "../../domain/mail/get-mail-overview.ts";
import { resendMail } from "../../domain/mail/resend-mail.ts";
import { mailDeliveryMessages } from "../../i18n/da/mail-delivery.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { MailAdminPage } from "../../web/pages/mail-admin-page.tsx";
import { readForm } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

const m = mailDeliveryMessages.admin;

/** The principal when it may administer mail; checked before any input is read. */
function mailAdministrator(c: Context<AppEnv>) {
  const session = c.get("session");
  return session && canAdministerOrganisation(session.principal) ? session.principal : null;
}

const forbidden = (c: Context<AppEnv>) =>
  renderError(c, 403, { title: webMessages.errors.forbiddenTitle, message: m.forbidden });

/** /app/admin/post: the outbox for the organisation's administrators, and »Send igen«. */
export const mailAdminRoutes = new Hono<AppEnv>()
  .get("/admin/post", async (c) => {
    const principal = mailAdministrator(c);
    if (!principal) return forbidden(c);
    const { db, config } = c.get("deps");
    const overview = await getMailOverview(db, principal);
    if (!overview) return renderError(c, 403);
    return renderPage(
      c,
      <MailAdminPage
        mail={config.mail}
        overview={overview}
        notice={c.req.query("besked") === "sendes" ? m.resent : null}
        viewer={c.get("viewer")}
      />,
    );
  })
  .post("/admin/post/:id/send-igen", async (c) => {
    const principal = mailAdministrator(c);
    if (!principal) return forbidden(c);
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404, { title: m.notFound, message: m.notFound });
    await readForm(c);
    const outcome = await resendMail(c.get("deps").db, principal, id);
    if (outcome === "forbidden") return forbidden(c);
    if (outcome === "not-found")
      return renderError(c, 404, { title: m.notFound, message: m.notFound });
    return c.redirect("/app/admin/post?besked=sendes", 303);
  });
