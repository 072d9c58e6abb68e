import { and, eq, gt } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sessions } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { hashToken, isWellFormedToken } from "./session-token.ts";

export interface ActiveSession {
  principal: Principal;
  csrfToken: string;
  expiresAt: Date;
}

/** The user and roles behind a cookie token; null for unknown, malformed or expired tokens. */
export async function findSession(
  db: Db,
  token: string,
  now: Date = new Date(),
): Promise<ActiveSession | null> {
  if (!isWellFormedToken(token)) return null;
  const [session] = await db
    .select({
      userId: sessions.userId,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)));
  if (!session) return null;
  const principal = await loadPrincipal(db, session.userId);
  if (!principal) return null;
  return { principal, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}
