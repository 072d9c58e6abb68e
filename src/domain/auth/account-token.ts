import { and, eq, gt, isNull, lte } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { accountTokens, users } from "../../db/schema/index.ts";
import { hashToken, isWellFormedToken, newToken } from "./session-token.ts";

/** What a mailed one-time link lets its holder do: choose a new password, or the first one. */
export type AccountTokenPurpose = "reset" | "invite";

export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  reset: 30 * 60_000,
  invite: 7 * 24 * 60 * 60_000,
};

/**
 * A new one-time token for the user; only its SHA-256 is stored. Earlier unused tokens of the
 * same purpose stop working, so only the latest mail's link does.
 */
export async function issueAccountToken(
  tx: Tx,
  user: { id: number; organisationId: number },
  purpose: AccountTokenPurpose,
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS[purpose]);
  await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.userId, user.id),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
      ),
    );
  // Housekeeping: tokens long expired are of no further use.
  await tx
    .delete(accountTokens)
    .where(
      and(
        eq(accountTokens.userId, user.id),
        lte(accountTokens.expiresAt, new Date(now.getTime() - TOKEN_TTL_MS.invite)),
      ),
    );
  await tx.insert(accountTokens).values({
    organisationId: user.organisationId,
    userId: user.id,
    purpose,
    tokenHash: hashToken(token),
    expiresAt,
  });
  return { token, expiresAt };
}

export interface UsableToken {
  id: number;
  purpose: AccountTokenPurpose;
  userId: number;
  organisationId: number;
  email: string;
}

/** The token when it is unused and unexpired; null for anything else (never says why). */
export async function findUsableToken(
  db: Db | Tx,
  token: string,
  now: Date = new Date(),
): Promise<UsableToken | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await db
    .select({
      id: accountTokens.id,
      purpose: accountTokens.purpose,
      userId: accountTokens.userId,
      organisationId: accountTokens.organisationId,
      email: users.email,
    })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    );
  if (!row || (row.purpose !== "reset" && row.purpose !== "invite")) return null;
  return { ...row, purpose: row.purpose };
}

/**
 * Uses the token up: one atomic update that only an unused, unexpired token passes, so of two
 * racing requests exactly one wins. Null when it was used, expired or unknown.
 */
export async function consumeAccountToken(
  tx: Tx,
  token: string,
  now: Date = new Date(),
): Promise<{ userId: number; organisationId: number; purpose: AccountTokenPurpose } | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning({
      userId: accountTokens.userId,
      organisationId: accountTokens.organisationId,
      purpose: accountTokens.purpose,
    });
  if (!row || (row.purpose !== "reset" && row.purpose !== "invite")) return null;
  return { ...row, purpose: row.purpose };
}
