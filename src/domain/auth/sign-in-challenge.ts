import { and, eq, gt, lt } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { signInChallenges, users } from "../../db/schema/index.ts";
import { hashToken, isWellFormedToken, newToken } from "./session-token.ts";

/** How long the code step waits after a right password. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

export interface SignInChallenge {
  /** Goes into a cookie of its own; only its SHA-256 is stored. */
  token: string;
  expiresAt: Date;
}

/** Starts the code step for a user whose password was right. */
export async function createSignInChallenge(
  db: Db,
  userId: number,
  now: Date,
): Promise<SignInChallenge> {
  const challenge = { token: newToken(), expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) };
  await db.transaction(async (tx) => {
    await tx
      .delete(signInChallenges)
      .where(and(eq(signInChallenges.userId, userId), lt(signInChallenges.expiresAt, now)));
    await tx.insert(signInChallenges).values({
      id: hashToken(challenge.token),
      userId,
      expiresAt: challenge.expiresAt,
      createdAt: now,
    });
  });
  return challenge;
}

/** The user waiting behind a challenge token; null when unknown, malformed or expired. */
export async function findSignInChallenge(db: Db | Tx, token: string, now: Date) {
  if (!isWellFormedToken(token)) return null;
  const [row] = await db
    .select({
      id: signInChallenges.id,
      userId: users.id,
      organisationId: users.organisationId,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
    })
    .from(signInChallenges)
    .innerJoin(users, eq(users.id, signInChallenges.userId))
    .where(and(eq(signInChallenges.id, hashToken(token)), gt(signInChallenges.expiresAt, now)));
  return row ?? null;
}
