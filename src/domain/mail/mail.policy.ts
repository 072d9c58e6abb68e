import type { Principal } from "../access/access.policy.ts";

/**
 * The outbox page (what mail went out, to whom, about what) is for administrators of the whole
 * organisation: its subjects name cases of every committee, so an administrator of one
 * committee does not see it.
 */
export function canAdministerMail(principal: Principal): boolean {
  return principal.roles.some((g) => g.role === "admin" && g.committeeId === null);
}
