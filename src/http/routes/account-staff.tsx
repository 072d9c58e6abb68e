import { Hono } from "hono";
import { canAdministerOrganisation } from "../../domain/access/access.policy.ts";
import { listVisibleCommittees } from "../../domain/access/list-visible-committees.ts";
import { inviteUser } from "../../domain/auth/invite-user.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { getMailPreferences, saveMailPreferences } from "../../domain/mail/mail-preferences.ts";
import { MAIL_TOPICS } from "../../domain/mail/mail-topics.ts";
import { passwordMessages } from "../../i18n/da/mail.ts";
import { InviteUserPage, type InviteValues } from "../../web/pages/invite-user-page.tsx";
import { MailPreferencesPage } from "../../web/pages/mail-preferences-page.tsx";
import { readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

/** The user's mail preferences (/app/indstillinger) and inviting a user (/app/admin/brugere/inviter). */
export const accountStaffRoutes = new Hono<AppEnv>()
  .get("/indstillinger", async (c) => {
    const session = c.get("session");
    if (!session) return renderError(c, 403);
    const preferences = await getMailPreferences(c.get("deps").db, session.principal);
    const saved = c.req.query("gemt") === "1";
    return renderPage(
      c,
      <MailPreferencesPage viewer={c.get("viewer")} preferences={preferences} saved={saved} />,
    );
  })
  .post("/indstillinger", async (c) => {
    const session = c.get("session");
    if (!session) return renderError(c, 403);
    const form = await readForm(c);
    const chosen = Object.fromEntries(MAIL_TOPICS.map((t) => [t.topic, text(form, t.topic)]));
    const { db } = c.get("deps");
    try {
      await saveMailPreferences(db, session.principal, chosen);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const preferences = await getMailPreferences(db, session.principal);
      const page = (
        <MailPreferencesPage
          viewer={c.get("viewer")}
          preferences={preferences}
          error={error.message}
        />
      );
      return renderPage(c, page, 400);
    }
    return c.redirect("/app/indstillinger?gemt=1", 303);
  })
  .get("/admin/brugere/inviter", async (c) => {
    const session = c.get("session");
    if (!session || !canAdministerOrganisation(session.principal)) return renderError(c, 403);
    const committees = await listVisibleCommittees(c.get("deps").db, session.principal);
    return renderPage(c, <InviteUserPage viewer={c.get("viewer")} committees={committees} />);
  })
  .post("/admin/brugere/inviter", async (c) => {
    const session = c.get("session");
    if (!session || !canAdministerOrganisation(session.principal)) return renderError(c, 403);
    const form = await readForm(c);
    const values: InviteValues = {
      name: text(form, "name"),
      email: text(form, "email"),
      title: text(form, "title"),
      role: text(form, "role"),
      scope: text(form, "scope"),
    };
    const { db } = c.get("deps");
    const committees = await listVisibleCommittees(db, session.principal);
    const scope = values.scope ? parseId(values.scope) : null;
    try {
      if (values.scope && scope === null)
        throw new DomainError("invalid", passwordMessages.invite.scopeInvalid);
      await inviteUser(db, session.principal, {
        name: values.name ?? "",
        email: values.email ?? "",
        title: values.title ?? null,
        role: values.role ?? "",
        committeeId: scope,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.status === 403) return renderError(c, 403);
      const page = (
        <InviteUserPage
          viewer={c.get("viewer")}
          committees={committees}
          values={values}
          error={error.message}
        />
      );
      return renderPage(c, page, 400);
    }
    const page = (
      <InviteUserPage
        viewer={c.get("viewer")}
        committees={committees}
        sentTo={(values.email ?? "").trim()}
        mailConfigured={c.get("deps").config.mail !== null}
      />
    );
    return renderPage(c, page);
  });
