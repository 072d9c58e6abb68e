import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** How long a session lives after log-in. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** A new random token: 32 bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** True for strings shaped like a token from newToken(); anything else is rejected unread. */
export function isWellFormedToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** The session id stored in the database: SHA-256 of the cookie token, hex. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Constant-time comparison of two tokens (unequal lengths compare as different). */
export function tokensEqual(a: string, b: string): boolean {
  const left = createHash("sha256").update(a).digest();
  const right = createHash("sha256").update(b).digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}
