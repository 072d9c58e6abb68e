import { and, eq, lt } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { sessions } from "../../db/schema/index.ts";
import { hashToken, newToken, SESSION_TTL_MS } from "./session-token.ts";

export interface NewSession {
  /** Goes into the cookie; only its SHA-256 is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: number;
}

/**
 * Opens a session for a user whose identity the caller has checked (password or identity
 * provider), inside the caller's transaction. The caller records the audit entry.
 */
export async function openSession(tx: Tx, userId: number, now: Date): Promise<NewSession> {
  const session: NewSession = {
    token: newToken(),
    csrfToken: newToken(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    userId,
  };
  // Housekeeping: the user's expired sessions are of no further use.
  await tx.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
  await tx.insert(sessions).values({
    id: hashToken(session.token),
    userId,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  });
  return session;
}
