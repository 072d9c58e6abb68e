import { type Context, Hono } from "hono";
import type { Db } from "../../db/client.ts";
import { canAdministerOrganisation, type Principal } from "../../domain/access/access.policy.ts";
import { endAllSessions, endSession } from "../../domain/account/end-sessions.ts";
import { listUserSessions } from "../../domain/account/list-user-sessions.ts";
import { listUsers } from "../../domain/account/list-users.ts";
import { removeSecondFactor } from "../../domain/account/remove-second-factor.ts";
import { deactivateUser, reactivateUser } from "../../domain/account/set-user-active.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import { AdminPage } from "../../web/pages/admin/admin-page.tsx";
import { AdminUserPage } from "../../web/pages/admin/admin-user-page.tsx";
import { AdminUsersPage } from "../../web/pages/admin/admin-users-page.tsx";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

const NOTICES = accountMessages.user.notices;
/** What a session is named by in a path: its stored id, a SHA-256 in hex. */
const SESSION_ID = /^[0-9a-f]{64}$/;

/** The administrator behind the request, or null (then the answer is 403). */
function administrator(c: Context<AppEnv>) {
  const principal = c.get("session")?.principal;
  return principal && canAdministerOrganisation(principal) ? principal : null;
}

/** The user page, with the outcome of an action that was refused (status 409 and the like). */
async function userPage(c: Context<AppEnv>, userId: number, error?: DomainError) {
  const principal = administrator(c);
  if (!principal) return renderError(c, 403);
  const { db } = c.get("deps");
  const [user] = await listUsers(db, principal, [userId]);
  if (!user) return renderError(c, 404);
  const sessions = await listUserSessions(db, principal, userId, {
    currentToken: c.get("sessionToken"),
  });
  const notice = NOTICES[c.req.query("besked") ?? ""] ?? null;
  const page = (
    <AdminUserPage
      viewer={c.get("viewer")}
      user={user}
      sessions={sessions}
      self={user.id === principal.user.id}
      notice={error ? null : notice}
      error={error?.message ?? null}
    />
  );
  return renderPage(c, page, error?.status === 409 ? 409 : 200);
}

/**
 * Runs an administrator's action on a user and redirects back with a notice; a Danish refusal
 * (403, 404, 409) is answered with its status.
 */
async function act(
  c: Context<AppEnv>,
  notice: string,
  run: (userId: number, principal: Principal, db: Db) => Promise<unknown>,
) {
  const principal = administrator(c);
  if (!principal) return renderError(c, 403);
  const userId = parseId(c.req.param("id"));
  if (userId === null) return renderError(c, 404);
  try {
    await run(userId, principal, c.get("deps").db);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.status === 409) return userPage(c, userId, error);
    return renderError(c, error.status === 403 ? 403 : error.status === 404 ? 404 : 400);
  }
  return c.redirect(`/app/admin/brugere/${userId}?besked=${notice}`, 303);
}

/** /app/admin: the administration area (administrators of the whole organisation only). */
export const adminRoutes = new Hono<AppEnv>()
  .get("/admin", (c) => {
    if (!administrator(c)) return renderError(c, 403);
    return renderPage(c, <AdminPage viewer={c.get("viewer")} />);
  })
  .get("/admin/brugere", async (c) => {
    const principal = administrator(c);
    if (!principal) return renderError(c, 403);
    const users = await listUsers(c.get("deps").db, principal);
    return renderPage(c, <AdminUsersPage viewer={c.get("viewer")} users={users} />);
  })
  .get("/admin/brugere/:id{[0-9]+}", (c) => {
    if (!administrator(c)) return renderError(c, 403);
    const userId = parseId(c.req.param("id"));
    return userId === null ? renderError(c, 404) : userPage(c, userId);
  })
  .post("/admin/brugere/:id{[0-9]+}/sessioner/:sessionId/afslut", (c) => {
    const sessionId = c.req.param("sessionId");
    return act(c, "ended", (userId, principal, db) => {
      if (!SESSION_ID.test(sessionId)) {
        throw new DomainError("not_found", accountMessages.errors.noSession);
      }
      return endSession(db, principal, userId, sessionId);
    });
  })
  .post("/admin/brugere/:id{[0-9]+}/sessioner/afslut-alle", (c) =>
    act(c, "endedAll", (userId, principal, db) => endAllSessions(db, principal, userId)),
  )
  .post("/admin/brugere/:id{[0-9]+}/deaktiver", (c) =>
    act(c, "deactivated", (userId, principal, db) => deactivateUser(db, principal, userId)),
  )
  .post("/admin/brugere/:id{[0-9]+}/genaktiver", (c) =>
    act(c, "reactivated", (userId, principal, db) => reactivateUser(db, principal, userId)),
  )
  .post("/admin/brugere/:id{[0-9]+}/totp/fjern", (c) =>
    act(c, "secondFactorRemoved", (userId, principal, db) =>
      removeSecondFactor(db, principal, userId),
    ),
  );
