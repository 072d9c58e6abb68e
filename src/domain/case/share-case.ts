import type { Db } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { caseShares } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { canShareCase } from "./case.policy.ts";
import { loadCase } from "./load-case.ts";

const m = caseMessages;

/**
 * The author shares the case with a colleague holding a role on its committee: they can then
 * read, edit and submit it as the author can. Sharing twice changes nothing.
 */
export async function shareCase(
  db: Db,
  principal: Principal,
  input: { caseId: number; userId: number },
): Promise<{ shared: boolean }> {
  return db.transaction(async (tx) => {
    const kase = await loadCase(tx, principal, input.caseId, { lock: true });
    if (!canShareCase(principal, kase)) throw new DomainError("forbidden", m.forbidden.share);
    if (input.userId === principal.user.id) throw new DomainError("invalid", m.share.self);
    const colleague = isRowId(input.userId) ? await loadPrincipal(tx, input.userId) : null;
    const onCommittee =
      colleague &&
      kase.committeeId !== null &&
      colleague.user.organisationId === kase.organisationId &&
      colleague.roles.some((r) => r.committeeId === null || r.committeeId === kase.committeeId);
    if (!onCommittee) throw new DomainError("invalid", m.share.notInCommittee);
    if (kase.sharedWith.includes(input.userId)) return { shared: false };
    await tx
      .insert(caseShares)
      .values({ caseId: kase.id, userId: input.userId, sharedById: principal.user.id });
    await recordAudit(tx, {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      action: "case.shared",
      entityType: "case",
      entityId: kase.id,
      data: { userId: input.userId },
    });
    return { shared: true };
  });
}
