import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { signInChallenges } from "../../db/schema/index.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import { claimLoginAttempt, releaseLoginAttempt } from "./login-throttle.ts";
import { type NewSession, openSession, type SessionOrigin } from "./open-session.ts";
import { acceptCode, findSecondFactor } from "./second-factor.ts";
import { findSignInChallenge } from "./sign-in-challenge.ts";
import { throttleMessage } from "./throttle-message.ts";

export type CodeStepResult =
  | { ok: true; session: NewSession }
  /** expired: the challenge is gone, the user must start over with the password. */
  | { ok: false; message: string; retryAt?: Date; expired?: boolean };

class Refused extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

/**
 * The second step of signing in: the code from the user's authenticator app for the challenge
 * a right password gave. Every attempt counts against the log-in limit of the account and
 * address before the code is checked, like a password; a code is accepted once.
 */
export async function verifySignInCode(
  db: Db,
  challengeToken: string,
  code: string,
  options: SessionOrigin & { now?: Date } = {},
): Promise<CodeStepResult> {
  const now = options.now ?? new Date();
  const expired = { ok: false, message: accountMessages.loginCode.expired, expired: true } as const;
  const challenge = await findSignInChallenge(db, challengeToken, now);
  if (!challenge) return expired;
  const claim = { email: challenge.email, address: options.address ?? null };
  const counted = await claimLoginAttempt(db, claim, now);
  if (!counted.ok) {
    return { ok: false, message: throttleMessage(counted, now), retryAt: counted.retryAt };
  }
  if (challenge.deactivatedAt) return { ok: false, message: accountMessages.login.deactivated };
  const factor = await findSecondFactor(db, challenge.userId);
  // Removed meanwhile (by an administrator): the password alone will do, so start over.
  if (!factor) return expired;
  try {
    const session = await db.transaction(async (tx) => {
      const accepted = await acceptCode(tx, factor, code, now);
      if (!accepted.ok) throw new Refused(accepted.message);
      const [taken] = await tx
        .delete(signInChallenges)
        .where(eq(signInChallenges.id, challenge.id))
        .returning({ id: signInChallenges.id });
      if (!taken) throw new Refused(accountMessages.loginCode.expired);
      await releaseLoginAttempt(tx, claim);
      const user = { id: challenge.userId, organisationId: challenge.organisationId };
      return openSession(tx, user, now, options);
    });
    return { ok: true, session };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.text };
    throw error;
  }
}
