import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { memberships, users } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import type { CaseRecord } from "./load-case.ts";

/**
 * The people a case may be sent to for approval: users of its organisation holding the approver
 * role on its committee (or everywhere), not its author and not the principal (as submitCase
 * decides), by name.
 */
export async function listCaseApprovers(
  db: Db,
  principal: Principal,
  kase: Pick<CaseRecord, "organisationId" | "committeeId" | "authorId">,
): Promise<{ id: number; name: string; title: string | null }[]> {
  if (kase.committeeId === null) return [];
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name, title: users.title })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, kase.organisationId),
        eq(users.organisationId, kase.organisationId),
        eq(memberships.role, "approver"),
        or(isNull(memberships.committeeId), eq(memberships.committeeId, kase.committeeId)),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
  return rows.filter((u) => u.id !== kase.authorId && u.id !== principal.user.id);
}
