import { type Context, Hono } from "hono";
import { canAdministerOrganisation } from "../../domain/access/access.policy.ts";
import { listVisibleCommittees } from "../../domain/access/list-visible-committees.ts";
import { listGroupMappings } from "../../domain/sso/list-group-mappings.ts";
import { mapGroup } from "../../domain/sso/map-group.ts";
import { unmapGroup } from "../../domain/sso/unmap-group.ts";
import { ssoMessages } from "../../i18n/da/sso.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { GroupRolesPage } from "../../web/pages/group-roles-page.tsx";
import { readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

const m = ssoMessages.admin;
const NOTICES: Record<string, string> = { tilfoejet: m.added, fjernet: m.removed };

/** The organisation-wide administrator behind the request; null for anyone else. */
function adminOf(c: Context<AppEnv>) {
  const principal = c.get("session")?.principal;
  return principal && canAdministerOrganisation(principal) ? principal : null;
}

const forbidden = (c: Context<AppEnv>) =>
  renderError(c, 403, { title: webMessages.errors.forbiddenTitle, message: m.forbidden });

async function page(
  c: Context<AppEnv>,
  status: 200 | 400,
  extra: {
    notice?: string | null;
    error?: string;
    form?: { group: string; role: string; committee: string };
  } = {},
) {
  const principal = c.get("session")?.principal;
  if (!principal) return renderError(c, 403);
  const { db } = c.get("deps");
  const viewer = c.get("viewer");
  return renderPage(
    c,
    <GroupRolesPage
      viewer={viewer}
      csrfToken={viewer?.csrfToken ?? ""}
      mappings={await listGroupMappings(db, principal.user.organisationId)}
      committees={await listVisibleCommittees(db, principal)}
      {...extra}
    />,
    status,
  );
}

/** /app/admin/grupper: organisation-wide administrators map provider groups to roles. */
export const groupRoleRoutes = new Hono<AppEnv>()
  .get("/admin/grupper", async (c) => {
    const admin = adminOf(c);
    if (!admin) return forbidden(c);
    return page(c, 200, { notice: NOTICES[c.req.query("besked") ?? ""] ?? null });
  })
  .post("/admin/grupper", async (c) => {
    const admin = adminOf(c);
    if (!admin) return forbidden(c);
    const form = await readForm(c);
    const values = {
      group: text(form, "gruppe"),
      role: text(form, "rolle"),
      committee: text(form, "udvalg"),
    };
    const committeeId = values.committee === "" ? null : parseId(values.committee);
    if (values.committee !== "" && committeeId === null) return renderError(c, 400);
    const result = await mapGroup(c.get("deps").db, {
      organisationId: admin.user.organisationId,
      group: values.group,
      role: values.role,
      committee: committeeId === null ? null : { id: committeeId },
      actorId: admin.user.id,
    });
    if (!result.ok) return page(c, 400, { error: result.message, form: values });
    return c.redirect("/app/admin/grupper?besked=tilfoejet", 303);
  })
  .post("/admin/grupper/fjern", async (c) => {
    const admin = adminOf(c);
    if (!admin) return forbidden(c);
    const form = await readForm(c);
    const id = parseId(text(form, "id"));
    if (id === null) return renderError(c, 400);
    const { db } = c.get("deps");
    const mapping = (await listGroupMappings(db, admin.user.organisationId)).find(
      (x) => x.id === id,
    );
    if (!mapping) return renderError(c, 404, { title: m.title, message: m.notFound });
    await unmapGroup(db, {
      organisationId: admin.user.organisationId,
      group: mapping.group,
      id,
      actorId: admin.user.id,
    });
    return c.redirect("/app/admin/grupper?besked=fjernet", 303);
  });
