import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { committees, ssoGroupRoles } from "../../db/schema/index.ts";
import type { Role } from "../access/access.policy.ts";

export interface GroupMapping {
  id: number;
  group: string;
  role: Role;
  committee: { id: number; name: string; slug: string } | null;
}

/** The organisation's group-to-role mappings, by group. */
export async function listGroupMappings(db: Db, organisationId: number): Promise<GroupMapping[]> {
  const rows = await db
    .select({
      id: ssoGroupRoles.id,
      group: ssoGroupRoles.groupValue,
      role: ssoGroupRoles.role,
      committeeId: committees.id,
      committeeName: committees.name,
      committeeSlug: committees.slug,
    })
    .from(ssoGroupRoles)
    .leftJoin(committees, eq(committees.id, ssoGroupRoles.committeeId))
    .where(eq(ssoGroupRoles.organisationId, organisationId))
    .orderBy(asc(ssoGroupRoles.groupValue), asc(ssoGroupRoles.id));
  return rows.map((r) => ({
    id: r.id,
    group: r.group,
    role: r.role,
    committee:
      r.committeeId === null
        ? null
        : { id: r.committeeId, name: r.committeeName ?? "", slug: r.committeeSlug ?? "" },
  }));
}
