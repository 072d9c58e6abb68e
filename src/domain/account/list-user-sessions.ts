import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sessions } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { hashToken } from "../auth/session-token.ts";
import { loadManagedUser } from "./load-managed-user.ts";

export interface SessionRow {
  /** The stored id (the SHA-256 of the cookie token): it names the session, it opens nothing. */
  id: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date | null;
  userAgent: string | null;
  address: string | null;
  /** The session the administrator is using right now. */
  current: boolean;
}

/** A user's unexpired sessions, oldest first, for an administrator of their organisation. */
export async function listUserSessions(
  db: Db,
  principal: Principal,
  userId: number,
  options: { currentToken?: string | null; now?: Date } = {},
): Promise<SessionRow[]> {
  await loadManagedUser(db, principal, userId);
  const now = options.now ?? new Date();
  const current = options.currentToken ? hashToken(options.currentToken) : null;
  const rows = await db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
      address: sessions.address,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(asc(sessions.createdAt), asc(sessions.id));
  return rows.map((r) => ({ ...r, current: r.id === current }));
}
