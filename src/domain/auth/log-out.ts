import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sessions, users } from "../../db/schema/index.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashToken, isWellFormedToken } from "./session-token.ts";

/** Ends the session of this cookie token and records it; false when there was none. */
export async function logOut(db: Db, token: string): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  return db.transaction(async (tx) => {
    const [ended] = await tx
      .delete(sessions)
      .where(eq(sessions.id, hashToken(token)))
      .returning({ userId: sessions.userId });
    if (!ended) return false;
    const [user] = await tx
      .select({ organisationId: users.organisationId })
      .from(users)
      .where(eq(users.id, ended.userId));
    await recordAudit(tx, {
      organisationId: user?.organisationId ?? null,
      actorId: ended.userId,
      action: "auth.logged_out",
      entityType: "user",
      entityId: ended.userId,
    });
    return true;
  });
}
