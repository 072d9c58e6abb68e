import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sessions, users } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { hashToken, isWellFormedToken } from "./session-token.ts";

/** lastSeenAt is written at most this often per session, not on every request. */
export const LAST_SEEN_EVERY_MS = 60_000;

export interface ActiveSession {
  principal: Principal;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * The user and roles behind a cookie token; null for unknown, malformed or expired tokens and
 * for sessions of a deactivated user (deactivating ends them too; this holds even if one were
 * left). Marks the session as seen, at most once a minute.
 */
export async function findSession(
  db: Db,
  token: string,
  now: Date = new Date(),
): Promise<ActiveSession | null> {
  if (!isWellFormedToken(token)) return null;
  const id = hashToken(token);
  const [session] = await db
    .select({
      userId: sessions.userId,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), isNull(users.deactivatedAt)));
  if (!session) return null;
  const principal = await loadPrincipal(db, session.userId);
  if (!principal) return null;
  const stale = new Date(now.getTime() - LAST_SEEN_EVERY_MS);
  if (!session.lastSeenAt || session.lastSeenAt < stale) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(
        and(eq(sessions.id, id), or(isNull(sessions.lastSeenAt), lt(sessions.lastSeenAt, stale))),
      );
  }
  return { principal, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}
