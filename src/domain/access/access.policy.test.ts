import { describe, expect, it } from "vitest";
import {
  canManageCommittee,
  canSeeStaffArea,
  canViewCommittee,
  type Principal,
  type RoleGrant,
  rolesOn,
} from "./access.policy.ts";

const chefforum = { id: 1, organisationId: 10 };
const kommuneMed = { id: 2, organisationId: 10 };
const otherTown = { id: 3, organisationId: 20 };

function principal(roles: RoleGrant[], organisationId = 10): Principal {
  return {
    user: { id: 7, organisationId, email: "a@b.dk", name: "Anne", title: null },
    roles,
  };
}

describe("access policy", () => {
  it("lets a member read their own committee only", () => {
    const member = principal([{ role: "member", committeeId: 1 }]);
    expect(canViewCommittee(member, chefforum)).toBe(true);
    expect(canViewCommittee(member, kommuneMed)).toBe(false);
    expect(canManageCommittee(member, chefforum)).toBe(false);
  });

  it("lets secretaries and admins manage; an organisation-wide role covers every committee", () => {
    const secretary = principal([{ role: "secretary", committeeId: 2 }]);
    expect(canManageCommittee(secretary, kommuneMed)).toBe(true);
    expect(canManageCommittee(secretary, chefforum)).toBe(false);
    const admin = principal([{ role: "admin", committeeId: null }]);
    expect(canManageCommittee(admin, chefforum)).toBe(true);
    expect(canViewCommittee(admin, kommuneMed)).toBe(true);
    expect(rolesOn(admin, kommuneMed)).toEqual(["admin"]);
  });

  it("never lets a role reach into another organisation, organisation-wide or not", () => {
    const admin = principal([{ role: "admin", committeeId: null }]);
    expect(canViewCommittee(admin, otherTown)).toBe(false);
    const sneaky = principal([{ role: "member", committeeId: 3 }]);
    expect(canViewCommittee(sneaky, otherTown)).toBe(false);
  });

  it("keeps users without any role out of the staff area", () => {
    expect(canSeeStaffArea(principal([]))).toBe(false);
    expect(canSeeStaffArea(principal([{ role: "author", committeeId: 1 }]))).toBe(true);
  });

  it("lists each role once", () => {
    const p = principal([
      { role: "member", committeeId: 1 },
      { role: "member", committeeId: null },
      { role: "approver", committeeId: 1 },
    ]);
    expect(rolesOn(p, chefforum).sort()).toEqual(["approver", "member"]);
  });
});
