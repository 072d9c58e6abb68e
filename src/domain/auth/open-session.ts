import { and, eq, lt } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { sessions } from "../../db/schema/index.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashToken, newToken, SESSION_TTL_MS } from "./session-token.ts";

export interface NewSession {
  /** Goes into the cookie; only its SHA-256 is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: number;
}

/** Where a sign-in came from, kept with the session for its owner's administrators. */
export interface SessionOrigin {
  /** The client's IP address, when known. */
  address?: string | null;
  userAgent?: string | null;
}

/**
 * Opens a session for a user whose sign-in is complete (password, and the code where the user
 * has a second factor), inside the caller's transaction, and records it in the audit log.
 */
export async function openSession(
  tx: Tx,
  user: { id: number; organisationId: number },
  now: Date,
  origin: SessionOrigin = {},
): Promise<NewSession> {
  const session: NewSession = {
    token: newToken(),
    csrfToken: newToken(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    userId: user.id,
  };
  // Housekeeping: the user's expired sessions are of no further use.
  await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
  await tx.insert(sessions).values({
    id: hashToken(session.token),
    userId: user.id,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    createdAt: now,
    lastSeenAt: now,
    userAgent: origin.userAgent?.slice(0, 300) || null,
    address: origin.address ?? null,
  });
  await recordAudit(tx, {
    organisationId: user.organisationId,
    actorId: user.id,
    action: "auth.logged_in",
    entityType: "user",
    entityId: user.id,
  });
  return session;
}
