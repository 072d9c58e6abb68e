import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { ssoGroupRoles } from "../../db/schema/index.ts";
import { recordAudit } from "../audit/record-audit.ts";

/**
 * Removes what a group gives: every role of the group, or the one mapping `id` (the admin
 * page's button). Users lose the roles at their next sign-in. Returns how many went; audited.
 */
export async function unmapGroup(
  db: Db,
  input: { organisationId: number; group: string; id?: number; actorId: number | null },
): Promise<number> {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(ssoGroupRoles)
      .where(
        and(
          eq(ssoGroupRoles.organisationId, input.organisationId),
          eq(ssoGroupRoles.groupValue, input.group.trim()),
          input.id === undefined ? undefined : eq(ssoGroupRoles.id, input.id),
        ),
      )
      .returning({
        id: ssoGroupRoles.id,
        role: ssoGroupRoles.role,
        committeeId: ssoGroupRoles.committeeId,
      });
    for (const row of removed) {
      await recordAudit(tx, {
        organisationId: input.organisationId,
        actorId: input.actorId,
        action: "sso.group_unmapped",
        entityType: "sso_group_role",
        entityId: row.id,
        data: { group: input.group.trim(), role: row.role, committeeId: row.committeeId },
      });
    }
    return removed.length;
  });
}
