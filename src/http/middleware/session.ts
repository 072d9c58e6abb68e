import type { MiddlewareHandler } from "hono";
import { canAdministerOrganisation, canSeeStaffArea } from "../../domain/access/access.policy.ts";
import { findSession } from "../../domain/auth/find-session.ts";
import { clearSessionCookie, readSessionCookie } from "../cookies.ts";
import type { AppEnv } from "../types.ts";

/** Resolves the session cookie (if any) to the logged-in user and their roles. */
export function loadSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("session", null);
    c.set("sessionToken", null);
    c.set("viewer", null);
    const token = readSessionCookie(c);
    if (token) {
      const session = await findSession(c.get("deps").db, token);
      if (session) {
        c.set("session", session);
        c.set("sessionToken", token);
        c.set("viewer", {
          name: session.principal.user.name,
          csrfToken: session.csrfToken,
          staff: canSeeStaffArea(session.principal),
          admin: canAdministerOrganisation(session.principal),
          userId: session.principal.user.id,
        });
      } else {
        // Expired or unknown: tell the browser to forget it.
        clearSessionCookie(c);
      }
    }
    await next();
    // A page for a logged-in user carries their name and CSRF token: never cache it.
    if (c.get("viewer") && !c.res.headers.has("Cache-Control")) {
      c.header("Cache-Control", "private, no-store");
    }
  };
}
