import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { signInChallenges, userTotp } from "../../db/schema/index.ts";
import { accountMessages } from "../../i18n/da/account.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { loadManagedUser } from "./load-managed-user.ts";

/**
 * Recovery: an administrator removes another user's second factor (a lost phone). The user
 * then signs in with the password alone and may set it up again.
 */
export async function removeSecondFactor(
  db: Db,
  principal: Principal,
  userId: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, principal, userId);
    const removed = await tx
      .delete(userTotp)
      .where(eq(userTotp.userId, user.id))
      .returning({ enabledAt: userTotp.enabledAt });
    if (!removed[0]?.enabledAt)
      throw new DomainError("conflict", accountMessages.errors.noSecondFactor);
    await tx.delete(signInChallenges).where(eq(signInChallenges.userId, user.id));
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorId: principal.user.id,
      action: "user.second_factor_removed",
      entityType: "user",
      entityId: user.id,
    });
  });
}
