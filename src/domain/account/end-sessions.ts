import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sessions } from "../../db/schema/index.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { loadManagedUser } from "./load-managed-user.ts";

/** An administrator ends one of a user's sessions: its cookie opens nothing from now on. */
export async function endSession(
  db: Db,
  principal: Principal,
  userId: number,
  sessionId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, principal, userId);
    const [ended] = await tx
      .delete(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, user.id)))
      .returning({ id: sessions.id });
    if (!ended) throw new DomainError("not_found", accountMessages.errors.noSession);
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorId: principal.user.id,
      action: "user.session_ended",
      entityType: "user",
      entityId: user.id,
    });
  });
}

/** An administrator ends every session of a user; returns how many there were. */
export async function endAllSessions(
  db: Db,
  principal: Principal,
  userId: number,
): Promise<number> {
  return db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, principal, userId);
    const ended = await tx
      .delete(sessions)
      .where(eq(sessions.userId, user.id))
      .returning({ id: sessions.id });
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorId: principal.user.id,
      action: "user.sessions_ended",
      entityType: "user",
      entityId: user.id,
      data: { count: ended.length },
    });
    return ended.length;
  });
}
