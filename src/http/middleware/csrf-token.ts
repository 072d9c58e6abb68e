import type { Context, MiddlewareHandler } from "hono";
import { tokensEqual } from "../../domain/auth/session-token.ts";
import { readLoginCsrfCookie } from "../cookies.ts";
import { renderCsrfError } from "../render.ts";
import type { AppEnv } from "../types.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Forms used before logging in: they carry the pre-session cookie's token. */
const PRE_SESSION_FORMS = new Set([
  "/login",
  "/login/kode",
  "/glemt-adgangskode",
  "/ny-adgangskode",
]);
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/** The token sent with the request: the x-csrf-token header or the `_csrf` form field. */
async function submittedToken(c: Context<AppEnv>): Promise<string | null> {
  const header = c.req.header("x-csrf-token");
  if (header) return header;
  if (!FORM_TYPES.test(c.req.header("content-type") ?? "")) return null;
  try {
    // Hono caches the parsed body, so the route can read it again.
    const body = await c.req.parseBody();
    return typeof body._csrf === "string" ? body._csrf : null;
  } catch {
    return null;
  }
}

/**
 * Every state-changing request must carry the session's CSRF token. The log-in form, its code
 * step and the forgotten-password forms have no session yet; they carry the token of the
 * pre-session cookie instead (double submit).
 * Logging out without a valid session changes nothing, so it is let through.
 */
export function csrfToken(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const session = c.get("session");
    if (!session && c.req.path === "/logout") return next();
    const submitted = await submittedToken(c);
    const expected = PRE_SESSION_FORMS.has(c.req.path)
      ? readLoginCsrfCookie(c)
      : session?.csrfToken;
    if (!submitted || !expected || !tokensEqual(submitted, expected)) return renderCsrfError(c);
    return next();
  };
}
