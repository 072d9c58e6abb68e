import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { caseShares } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { canShareCase } from "./case.policy.ts";
import { loadCase } from "./load-case.ts";

/** The author stops sharing the case with someone. */
export async function unshareCase(
  db: Db,
  principal: Principal,
  input: { caseId: number; userId: number },
): Promise<{ unshared: boolean }> {
  return db.transaction(async (tx) => {
    const kase = await loadCase(tx, principal, input.caseId, { lock: true });
    if (!canShareCase(principal, kase))
      throw new DomainError("forbidden", caseMessages.forbidden.share);
    if (!kase.sharedWith.includes(input.userId)) return { unshared: false };
    await tx
      .delete(caseShares)
      .where(and(eq(caseShares.caseId, kase.id), eq(caseShares.userId, input.userId)));
    await recordAudit(tx, {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      action: "case.unshared",
      entityType: "case",
      entityId: kase.id,
      data: { userId: input.userId },
    });
    return { unshared: true };
  });
}
