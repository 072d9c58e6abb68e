import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { users } from "../../db/schema/index.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { copenhagenWallClock } from "../meeting/copenhagen-time.ts";
import { hashPassword, verifyPassword } from "./hash-password.ts";
import { claimLoginAttempt, releaseLoginAttempt } from "./login-throttle.ts";
import { type NewSession, openSession } from "./open-session.ts";
import { findSecondFactor } from "./second-factor.ts";
import { createSignInChallenge, type SignInChallenge } from "./sign-in-challenge.ts";

export type { NewSession } from "./open-session.ts";

export type LogInResult =
  | { ok: true; session: NewSession }
  /**
   * retryAt: refused by the log-in limit before the password was checked. secondFactor: the
   * password was right but the user has a second factor: no session yet, only a challenge
   * whose token the code step (verify-sign-in-code.ts) takes with the code.
   */
  | { ok: false; message: string; retryAt?: Date; secondFactor?: SignInChallenge };

export interface LogInOptions {
  now?: Date;
  /** The client's IP address, when known: attempts are limited per address too. */
  address?: string | null;
  /** The browser's User-Agent, kept with the session. */
  userAgent?: string | null;
}

/** Verified against for unknown e-mail addresses, so they take as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

/**
 * Checks e-mail and password and opens a session. An unknown address, a user without a
 * password and a wrong password all give the same Danish message after the same work.
 * Every attempt is counted before the password is checked (login-throttle.ts); one over the
 * limit is refused without a check, with the time to try again.
 */
export async function logIn(
  db: Db,
  email: string,
  password: string,
  options: LogInOptions = {},
): Promise<LogInResult> {
  const now = options.now ?? new Date();
  const claim = { email, address: options.address ?? null };
  const counted = await claimLoginAttempt(db, claim, now);
  if (!counted.ok) {
    const at = copenhagenWallClock(counted.retryAt).slice(11, 16).replace(":", ".");
    const minutes = Math.max(1, Math.ceil((counted.retryAt.getTime() - now.getTime()) / 60_000));
    const message = webMessages.login.tooMany(counted.limit, at, minutes);
    return { ok: false, message, retryAt: counted.retryAt };
  }
  const failed = { ok: false, message: webMessages.login.failed } as const;
  const [user] = await db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      hash: users.passwordHash,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`);
  dummyHash ??= hashPassword("referat-dummy-password");
  const valid = await verifyPassword(password, user?.hash ?? (await dummyHash));
  if (!user?.hash || !valid) return failed;

  // Only after the right password: a deactivated account is told so (and nothing opens).
  if (user.deactivatedAt) return { ok: false, message: accountMessages.login.deactivated };
  if (await findSecondFactor(db, user.id)) {
    // The attempt stays counted: the code step counts against the same account limit.
    const secondFactor = await createSignInChallenge(db, user.id, now);
    return { ok: false, message: accountMessages.loginCode.intro, secondFactor };
  }
  const origin = { address: options.address ?? null, userAgent: options.userAgent ?? null };
  const session = await db.transaction(async (tx) => {
    await releaseLoginAttempt(tx, claim);
    return openSession(tx, user, now, origin);
  });
  return { ok: true, session };
}
