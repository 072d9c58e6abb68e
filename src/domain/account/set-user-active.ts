import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sessions, signInChallenges, users } from "../../db/schema/index.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { loadManagedUser } from "./load-managed-user.ts";

const e = accountMessages.errors;

/**
 * Deactivates a user: every session and half-finished sign-in ends in the same transaction,
 * and no sign-in path lets them in until reactivated (log-in.ts, find-session.ts). An
 * administrator cannot deactivate themselves (409), so an organisation keeps one who can undo it.
 */
export async function deactivateUser(
  db: Db,
  principal: Principal,
  userId: number,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, principal, userId);
    if (user.id === principal.user.id) throw new DomainError("conflict", e.selfDeactivate);
    if (user.deactivatedAt) throw new DomainError("conflict", e.alreadyDeactivated);
    await tx.update(users).set({ deactivatedAt: now }).where(eq(users.id, user.id));
    const ended = await tx
      .delete(sessions)
      .where(eq(sessions.userId, user.id))
      .returning({ id: sessions.id });
    await tx.delete(signInChallenges).where(eq(signInChallenges.userId, user.id));
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorId: principal.user.id,
      action: "user.deactivated",
      entityType: "user",
      entityId: user.id,
      data: { sessionsEnded: ended.length },
    });
  });
}

/** Lets a deactivated user sign in again (their old sessions stay ended). */
export async function reactivateUser(db: Db, principal: Principal, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, principal, userId);
    if (!user.deactivatedAt) throw new DomainError("conflict", e.notDeactivated);
    await tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorId: principal.user.id,
      action: "user.reactivated",
      entityType: "user",
      entityId: user.id,
    });
  });
}
