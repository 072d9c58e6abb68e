import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { committees } from "../../db/schema/index.ts";
import { hasOrganisationWideRole, type Principal, type Role, rolesOn } from "./access.policy.ts";

export interface VisibleCommittee {
  id: number;
  organisationId: number;
  slug: string;
  name: string;
  roles: Role[];
}

/** The committees the principal holds a role on, by name, with their roles there. */
export async function listVisibleCommittees(
  db: Db,
  principal: Principal,
): Promise<VisibleCommittee[]> {
  const orgId = principal.user.organisationId;
  const ids = principal.roles.flatMap((g) => (g.committeeId === null ? [] : [g.committeeId]));
  if (!hasOrganisationWideRole(principal) && ids.length === 0) return [];
  const rows = await db
    .select({
      id: committees.id,
      organisationId: committees.organisationId,
      slug: committees.slug,
      name: committees.name,
    })
    .from(committees)
    .where(
      hasOrganisationWideRole(principal)
        ? eq(committees.organisationId, orgId)
        : and(eq(committees.organisationId, orgId), inArray(committees.id, ids)),
    )
    .orderBy(asc(committees.name));
  return rows.map((c) => ({ ...c, roles: rolesOn(principal, c) }));
}
