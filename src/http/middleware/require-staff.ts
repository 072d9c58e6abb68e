import type { MiddlewareHandler } from "hono";
import { canSeeStaffArea } from "../../domain/access/access.policy.ts";
import { renderError } from "../render.ts";
import type { AppEnv } from "../types.ts";

/**
 * Guards the staff area: no session sends the user to log in (and back here afterwards);
 * a user without any role gets 403. Handlers still check their committee with the policy.
 */
export function requireStaff(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.header("Cache-Control", "no-store");
    const session = c.get("session");
    if (!session) {
      const url = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
    }
    if (!canSeeStaffArea(session.principal)) return renderError(c, 403);
    await next();
    // Keep a stricter value a handler set (files say "private, no-store").
    if (!c.res.headers.get("Cache-Control")?.includes("no-store")) {
      c.header("Cache-Control", "no-store");
    }
  };
}
