import type { Principal } from "../access/access.policy.ts";

/**
 * Which provider groups give which roles: only an organisation-wide administrator, since a
 * mapping can give any role in the organisation (administrator included).
 */
export function canManageGroupRoles(principal: Principal): boolean {
  return principal.roles.some((g) => g.role === "admin" && g.committeeId === null);
}
