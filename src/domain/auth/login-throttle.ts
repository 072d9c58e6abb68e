import { createHash } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { loginAttempts } from "../../db/schema/index.ts";

/** Password checks one account gets per window; a successful log-in starts it again. */
export const ACCOUNT_LIMIT = 5;
/** Failed log-ins one client address gets per window, whatever the accounts (a town hall's NAT). */
export const ADDRESS_LIMIT = 20;
export const WINDOW_MS = 15 * 60_000;

export interface LoginClaim {
  /** The account as typed (case and surrounding spaces do not matter). */
  email: string;
  /** The client's IP address, when known. */
  address: string | null;
  /** Counts kept apart from log-ins, e.g. "reset" for password-reset requests. */
  scope?: string;
}

export type ClaimResult = { ok: true } | { ok: false; limit: "account" | "address"; retryAt: Date };

const keyOf = (kind: "account" | "address", value: string) =>
  `${kind}:${createHash("sha256").update(value).digest("hex")}`;

function keys(claim: LoginClaim) {
  const scope = claim.scope ? `${claim.scope}:` : "";
  return {
    account: scope + keyOf("account", claim.email.trim().toLowerCase()),
    address: claim.address ? scope + keyOf("address", claim.address) : null,
  };
}

/**
 * Counts a log-in attempt BEFORE its password is checked, for the account and the client
 * address at once, in one atomic upsert: parallel attempts each get their own count, so no
 * more than ACCOUNT_LIMIT of them ever reach the password check in a window. Refused when
 * either count is over its limit, with the time the window ends. Kept in the database, so it
 * holds across processes and restarts.
 */
export async function claimLoginAttempt(
  db: Db,
  claim: LoginClaim,
  now: Date = new Date(),
): Promise<ClaimResult> {
  const k = keys(claim);
  const expired = new Date(now.getTime() - WINDOW_MS);
  // Housekeeping: windows that ended long ago are of no further use.
  await db.delete(loginAttempts).where(lt(loginAttempts.windowStart, expired));
  const rows = [k.account, k.address].flatMap((key) =>
    key ? [{ key, attempts: 1, windowStart: now }] : [],
  );
  const counted = await db
    .insert(loginAttempts)
    .values(rows)
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        attempts: sql`case when ${loginAttempts.windowStart} <= ${expired.toISOString()}::timestamptz
          then 1 else ${loginAttempts.attempts} + 1 end`,
        windowStart: sql`case when ${loginAttempts.windowStart} <= ${expired.toISOString()}::timestamptz
          then excluded."windowStart" else ${loginAttempts.windowStart} end`,
      },
    })
    .returning();
  for (const row of counted) {
    const limit = row.key === k.account ? "account" : "address";
    if (row.attempts > (limit === "account" ? ACCOUNT_LIMIT : ADDRESS_LIMIT)) {
      return { ok: false, limit, retryAt: new Date(row.windowStart.getTime() + WINDOW_MS) };
    }
  }
  return { ok: true };
}

/**
 * After a successful log-in: the account starts afresh, and the attempt no longer counts
 * against the address (its failures still do).
 */
export async function releaseLoginAttempt(tx: Db | Tx, claim: LoginClaim): Promise<void> {
  const k = keys(claim);
  await tx.delete(loginAttempts).where(eq(loginAttempts.key, k.account));
  if (k.address) {
    await tx
      .update(loginAttempts)
      .set({ attempts: sql`greatest(${loginAttempts.attempts} - 1, 0)` })
      .where(eq(loginAttempts.key, k.address));
  }
}
