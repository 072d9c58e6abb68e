import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "./types.ts";

/**
 * The cookie of the half-signed-in state (a right password, the code still to come). It names
 * a sign-in challenge, never a session: nothing under /app reads it.
 */
function cookie(c: Context<AppEnv>) {
  const secure = c.get("deps").config.secureCookies;
  return {
    name: `${secure ? "__Host-" : ""}referat_login_code`,
    options: { httpOnly: true, sameSite: "Lax", path: "/", secure } as const,
  };
}

export function readSignInChallengeCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, cookie(c).name);
}

export function writeSignInChallengeCookie(c: Context<AppEnv>, token: string, expiresAt: Date) {
  const { name, options } = cookie(c);
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  setCookie(c, name, token, { ...options, maxAge, expires: expiresAt });
}

export function clearSignInChallengeCookie(c: Context<AppEnv>): void {
  const { name, options } = cookie(c);
  deleteCookie(c, name, options);
}
