import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { users } from "../../db/schema/index.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { copenhagenWallClock } from "../meeting/copenhagen-time.ts";
import { hashPassword, verifyPassword } from "./hash-password.ts";
import { claimLoginAttempt, releaseLoginAttempt } from "./login-throttle.ts";
import { type NewSession, openSession } from "./open-session.ts";

export type { NewSession } from "./open-session.ts";

export type LogInResult =
  | { ok: true; session: NewSession }
  /** retryAt: refused by the log-in limit before the password was checked. */
  | { ok: false; message: string; retryAt?: Date };

export interface LogInOptions {
  now?: Date;
  /** The client's IP address, when known: attempts are limited per address too. */
  address?: string | null;
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
    .select({ id: users.id, organisationId: users.organisationId, hash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`);
  dummyHash ??= hashPassword("referat-dummy-password");
  const valid = await verifyPassword(password, user?.hash ?? (await dummyHash));
  if (!user?.hash || !valid) return failed;

  const session: NewSession = await db.transaction(async (tx) => {
    await releaseLoginAttempt(tx, claim);
    const opened = await openSession(tx, user.id, now);
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorId: user.id,
      action: "auth.logged_in",
      entityType: "user",
      entityId: user.id,
    });
    return opened;
  });
  return { ok: true, session };
}
