import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "./types.ts";

/**
 * Cookie names. Behind HTTPS the `__Host-` prefix makes browsers refuse cookies set by
 * other hosts or paths, which keeps subdomains from planting a session or CSRF cookie.
 */
export function cookieNames(secure: boolean) {
  const prefix = secure ? "__Host-" : "";
  return { session: `${prefix}referat_session`, loginCsrf: `${prefix}referat_login_csrf` };
}

function base(c: Context<AppEnv>) {
  const secure = c.get("deps").config.secureCookies;
  return {
    names: cookieNames(secure),
    options: { httpOnly: true, sameSite: "Lax", path: "/", secure } as const,
  };
}

export function readSessionCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, base(c).names.session);
}

export function writeSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  const { names, options } = base(c);
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  setCookie(c, names.session, token, { ...options, maxAge, expires: expiresAt });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const { names, options } = base(c);
  deleteCookie(c, names.session, options);
}

export function readLoginCsrfCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, base(c).names.loginCsrf);
}

/** The pre-session token of the log-in form (double submit: cookie and hidden field). */
export function writeLoginCsrfCookie(c: Context<AppEnv>, token: string): void {
  const { names, options } = base(c);
  setCookie(c, names.loginCsrf, token, { ...options, maxAge: 2 * 60 * 60 });
}

export function clearLoginCsrfCookie(c: Context<AppEnv>): void {
  const { names, options } = base(c);
  deleteCookie(c, names.loginCsrf, options);
}
