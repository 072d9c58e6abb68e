import { generateSecret, generateURI, verify } from "otplib";

/** Seconds per code (RFC 6238 and every authenticator app's default). */
export const TOTP_PERIOD = 30;
/** A code of the step before or after the current one is accepted too (clock drift). */
const TOLERANCE_SECONDS = TOTP_PERIOD;
const ISSUER = "Referat";

export type CodeCheck =
  | { ok: true; timeStep: number }
  | { ok: false; reason: "format" | "wrong" | "reused" };

/** A new random Base32 secret (20 bytes). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/** True for what can be a code at all: six digits (spaces a user typed are ignored). */
export function normaliseCode(code: string): string | null {
  const digits = code.replace(/\s+/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * Checks a code against the secret at `now`, accepting ±1 time step. A code whose step is not
 * after `lastTimeStep` (the last one accepted) is refused as reused, whatever its value.
 */
export async function checkTotpCode(
  secret: string,
  code: string,
  lastTimeStep: number | null,
  now: Date,
): Promise<CodeCheck> {
  const token = normaliseCode(code);
  if (!token) return { ok: false, reason: "format" };
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token, epoch, epochTolerance: TOLERANCE_SECONDS });
  if (!result.valid) return { ok: false, reason: "wrong" };
  const timeStep = Math.floor(epoch / TOTP_PERIOD) + result.delta;
  if (lastTimeStep !== null && timeStep <= lastTimeStep) return { ok: false, reason: "reused" };
  return { ok: true, timeStep };
}
