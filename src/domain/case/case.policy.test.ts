import { describe, expect, it } from "vitest";
import type { Principal, RoleGrant } from "../access/access.policy.ts";
import {
  type CaseFacts,
  type CaseStatus,
  canCreateCase,
  canEditTemplate,
  canReadCase,
  casePermissions,
} from "./case.policy.ts";

const COMMITTEE = 1;
function person(id: number, roles: RoleGrant[], organisationId = 10): Principal {
  return { user: { id, organisationId, email: `${id}@x.dk`, name: `P${id}`, title: null }, roles };
}
const author = person(1, [{ role: "author", committeeId: COMMITTEE }]);
const coAuthor = person(2, [{ role: "author", committeeId: COMMITTEE }]);
const approver = person(3, [{ role: "approver", committeeId: COMMITTEE }]);
const otherApprover = person(4, [{ role: "approver", committeeId: COMMITTEE }]);
const secretary = person(5, [{ role: "secretary", committeeId: COMMITTEE }]);
const admin = person(6, [{ role: "admin", committeeId: null }]);
const foreignAdmin = person(7, [{ role: "admin", committeeId: null }], 20);
const formerApprover = person(3, [{ role: "author", committeeId: COMMITTEE }]);

const facts = (status: CaseStatus): CaseFacts => ({
  organisationId: 10,
  committeeId: COMMITTEE,
  status,
  authorId: 1,
  approverId: status === "draft" ? null : 3,
  sharedWith: [2],
});

/** "rwsac": read, write (edit), submit, approve/return (review), comment; "-" where not. */
function rights(p: Principal, status: CaseStatus): string {
  const c = facts(status);
  const can = casePermissions(p, c);
  return [
    canReadCase(p, c) ? "r" : "-",
    can.edit ? "w" : "-",
    can.submit ? "s" : "-",
    can.review ? "a" : "-",
    can.comment ? "c" : "-",
  ].join("");
}

describe("case policy", () => {
  it("gives each role its rights in each status", () => {
    const table = (["draft", "submitted", "returned", "approved", "scheduled"] as const).map(
      (s) => [
        s,
        [author, coAuthor, approver, otherApprover, secretary, admin, foreignAdmin].map((p) =>
          rights(p, s),
        ),
      ],
    );
    expect(Object.fromEntries(table)).toEqual({
      //         author   coAuthor approver other    secret.  admin    foreign
      draft: ["rws-c", "rws-c", "-----", "-----", "-----", "-----", "-----"],
      submitted: ["r---c", "r---c", "rw-ac", "-----", "r---c", "r---c", "-----"],
      returned: ["rws-c", "rws-c", "r---c", "-----", "r---c", "r---c", "-----"],
      approved: ["r---c", "r---c", "r---c", "-----", "rw--c", "rw--c", "-----"],
      scheduled: ["r---c", "r---c", "r---c", "-----", "r---c", "r---c", "-----"],
    });
  });

  it("takes review away from an approver who lost the approver role", () => {
    expect(rights(formerApprover, "submitted")).toBe("r---c");
  });

  it("lets authors, secretaries and admins write cases; only admins edit templates", () => {
    const committee = { id: COMMITTEE, organisationId: 10 };
    expect([author, approver, secretary, admin].map((p) => canCreateCase(p, committee))).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect([secretary, admin, foreignAdmin].map((p) => canEditTemplate(p, committee))).toEqual([
      false,
      true,
      false,
    ]);
  });
});
