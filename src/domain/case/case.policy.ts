import type { caseStatusEnum } from "../../db/schema/index.ts";
import { type CommitteeRef, type Principal, type Role, rolesOn } from "../access/access.policy.ts";

export type CaseStatus = (typeof caseStatusEnum.enumValues)[number];

/** The facts about a case the policy decides on. */
export interface CaseFacts {
  organisationId: number;
  committeeId: number | null;
  status: CaseStatus;
  authorId: number | null;
  approverId: number | null;
  /** Users the author shared the case with (co-authors). */
  sharedWith: readonly number[];
}

const WRITING_STATUSES: readonly CaseStatus[] = ["draft", "returned"];
const MANAGING: readonly Role[] = ["secretary", "admin"];

function rolesOnCase(p: Principal, c: CaseFacts): Role[] {
  if (c.committeeId === null) return [];
  return rolesOn(p, { id: c.committeeId, organisationId: c.organisationId });
}

const sameOrganisation = (p: Principal, c: CaseFacts) => p.user.organisationId === c.organisationId;

/** The author, or someone the author shared the case with. */
export function isCoAuthor(p: Principal, c: CaseFacts): boolean {
  return sameOrganisation(p, c) && (c.authorId === p.user.id || c.sharedWith.includes(p.user.id));
}

/** The approver the case was sent to, while they still hold the approver role on its committee. */
export function isChosenApprover(p: Principal, c: CaseFacts): boolean {
  return (
    sameOrganisation(p, c) && c.approverId === p.user.id && rolesOnCase(p, c).includes("approver")
  );
}

/** Secretaries and administrators of the case's committee. */
export function managesCase(p: Principal, c: CaseFacts): boolean {
  return rolesOnCase(p, c).some((r) => MANAGING.includes(r));
}

/**
 * Reading: the author and co-authors always; the chosen approver once the case is sent;
 * secretaries and administrators of the committee once it has left the draft stage.
 */
export function canReadCase(p: Principal, c: CaseFacts): boolean {
  if (!sameOrganisation(p, c)) return false;
  if (isCoAuthor(p, c)) return true;
  if (c.status === "draft") return false;
  return c.approverId === p.user.id || managesCase(p, c);
}

/**
 * Editing: authors while the case is a draft or returned; the chosen approver while
 * reviewing (their edits are revisions the author sees); secretaries and administrators once
 * it is approved (agenda preparation). Read-only for the author once submitted or approved.
 */
export function canEditCase(p: Principal, c: CaseFacts): boolean {
  if (WRITING_STATUSES.includes(c.status)) return isCoAuthor(p, c);
  if (c.status === "submitted") return isChosenApprover(p, c);
  if (c.status === "approved") return managesCase(p, c);
  return false;
}

export function canSubmitCase(p: Principal, c: CaseFacts): boolean {
  return WRITING_STATUSES.includes(c.status) && isCoAuthor(p, c);
}

/** Approving or returning: only the chosen approver, only while the case is submitted. */
export function canReviewCase(p: Principal, c: CaseFacts): boolean {
  return c.status === "submitted" && isChosenApprover(p, c);
}

/** Comments: everyone who can read the case, until it is archived. */
export function canCommentOnCase(p: Principal, c: CaseFacts): boolean {
  return c.status !== "archived" && canReadCase(p, c);
}

/** Only the author shares a case (with co-authors). */
export function canShareCase(p: Principal, c: CaseFacts): boolean {
  return sameOrganisation(p, c) && c.authorId === p.user.id && c.status !== "archived";
}

/** Writing new cases: authors, secretaries and administrators of the committee. */
export function canCreateCase(p: Principal, committee: CommitteeRef): boolean {
  return rolesOn(p, committee).some((r) => r === "author" || MANAGING.includes(r));
}

/** Editing a committee's case template: administrators. */
export function canEditTemplate(p: Principal, committee: CommitteeRef): boolean {
  return rolesOn(p, committee).includes("admin");
}

/** What the principal may do with the case, for the editor to show or hide controls. */
export function casePermissions(p: Principal, c: CaseFacts) {
  return {
    edit: canEditCase(p, c),
    submit: canSubmitCase(p, c),
    review: canReviewCase(p, c),
    comment: canCommentOnCase(p, c),
    share: canShareCase(p, c),
  };
}
