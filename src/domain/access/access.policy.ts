import type { roleEnum } from "../../db/schema/index.ts";

export type Role = (typeof roleEnum.enumValues)[number];

/** A role held by a user; committeeId null means the role holds for every committee. */
export interface RoleGrant {
  role: Role;
  committeeId: number | null;
}

/** The logged-in user and what they may do, as loaded by loadPrincipal(). */
export interface Principal {
  user: { id: number; organisationId: number; email: string; name: string; title: string | null };
  roles: RoleGrant[];
}

/** The part of a committee the policies need. */
export interface CommitteeRef {
  id: number;
  organisationId: number;
}

const MANAGING_ROLES: readonly Role[] = ["admin", "secretary"];

/** The roles the principal holds on this committee (organisation-wide roles included). */
export function rolesOn(principal: Principal, committee: CommitteeRef): Role[] {
  if (principal.user.organisationId !== committee.organisationId) return [];
  const roles = principal.roles
    .filter((g) => g.committeeId === null || g.committeeId === committee.id)
    .map((g) => g.role);
  return [...new Set(roles)];
}

/** Any role on the committee lets a user read all of its meetings, closed items included. */
export function canViewCommittee(principal: Principal, committee: CommitteeRef): boolean {
  return rolesOn(principal, committee).length > 0;
}

/** Planning meetings and publishing agendas and minutes: secretaries and administrators. */
export function canManageCommittee(principal: Principal, committee: CommitteeRef): boolean {
  return rolesOn(principal, committee).some((r) => MANAGING_ROLES.includes(r));
}

/** The staff area is for users holding at least one role. */
export function canSeeStaffArea(principal: Principal): boolean {
  return principal.roles.length > 0;
}

/** True when a role holds for every committee of the organisation. */
export function hasOrganisationWideRole(principal: Principal): boolean {
  return principal.roles.some((g) => g.committeeId === null);
}

/**
 * The administration area (users, sessions, second factors): administrators whose role holds
 * for the whole organisation. An administrator of one committee manages that committee only.
 */
export function canAdministerOrganisation(principal: Principal): boolean {
  return principal.roles.some((g) => g.role === "admin" && g.committeeId === null);
}
