import { createHmac, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import type { PendingSignIn } from "../domain/sso/oidc-client.ts";
import type { AppEnv } from "./types.ts";

/** How long a browser may take at the provider before coming back. */
export const SIGN_IN_STATE_TTL_MS = 10 * 60 * 1000;

const sealed = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(43).max(128),
  next: z.string(),
  /** When the sign-in started (ms since the epoch). */
  at: z.number().int(),
});

function cookieName(c: Context<AppEnv>) {
  const secure = c.get("deps").config.secureCookies;
  return { name: `${secure ? "__Host-" : ""}referat_oidc`, secure };
}

/** The cookie's MAC key: derived from the client secret, which only Referat and the provider know. */
function keyOf(secret: string): Buffer {
  return createHmac("sha256", secret).update("referat sign-in state cookie").digest();
}

export function sealSignInState(pending: PendingSignIn, secret: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...pending, at: now })).toString("base64url");
  const mac = createHmac("sha256", keyOf(secret)).update(body).digest("base64url");
  return `${body}.${mac}`;
}

/** The pending sign-in, or null when the value was not sealed by us, is malformed or expired. */
export function openSignInState(
  value: string | undefined,
  secret: string,
  now = Date.now(),
): PendingSignIn | null {
  const [body, mac, extra] = (value ?? "").split(".");
  if (!body || !mac || extra !== undefined) return null;
  const expected = createHmac("sha256", keyOf(secret)).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = sealed.safeParse(json);
  if (!parsed.success) return null;
  const { at, ...pending } = parsed.data;
  if (at > now || now - at > SIGN_IN_STATE_TTL_MS) return null;
  return pending;
}

/**
 * HttpOnly, SameSite=Lax: the browser sends it on the top-level redirect back from the
 * provider, and only to Referat.
 */
export function writeSignInStateCookie(c: Context<AppEnv>, value: string): void {
  const { name, secure } = cookieName(c);
  setCookie(c, name, value, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure,
    maxAge: SIGN_IN_STATE_TTL_MS / 1000,
  });
}

export function readSignInStateCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, cookieName(c).name);
}

export function clearSignInStateCookie(c: Context<AppEnv>): void {
  const { name, secure } = cookieName(c);
  deleteCookie(c, name, { httpOnly: true, sameSite: "Lax", path: "/", secure });
}
