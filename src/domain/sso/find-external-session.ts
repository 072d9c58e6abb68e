import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { externalSessions } from "../../db/schema/index.ts";
import { hashToken, isWellFormedToken } from "../auth/session-token.ts";

/** The provider behind a session opened through an identity provider; null for others. */
export async function findExternalSession(
  db: Db,
  token: string,
): Promise<{ provider: "oidc" | "saml"; idToken: string | null } | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await db
    .select({ provider: externalSessions.provider, idToken: externalSessions.idToken })
    .from(externalSessions)
    .where(eq(externalSessions.sessionId, hashToken(token)));
  return row ?? null;
}
