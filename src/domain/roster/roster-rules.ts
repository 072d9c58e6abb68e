import { isRowId } from "../../db/row-id.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";
import { isEmailAddress } from "../auth/email-address.ts";
import { DomainError } from "../domain-error.ts";

/**
 * The rules of a committee's roster, in one place: what a membership and a person may hold,
 * when a membership covers a date, and when two memberships overlap.
 */

const e = rosterMessages.errors;
const l = rosterMessages.page;

export const ROSTER_ROLES = ["chair", "vice_chair", "member", "substitute"] as const;
export type RosterRole = (typeof ROSTER_ROLES)[number];

/** Invited to every meeting; substitutes are called in for a member (addSubstitute). */
export const INVITED_ROLES: readonly RosterRole[] = ["chair", "vice_chair", "member"];

/** From startsOn to endsOn, both included; endsOn null: open-ended. Dates are "YYYY-MM-DD". */
export interface Period {
  startsOn: string;
  endsOn: string | null;
}

/** Whether the membership holds on the date. */
export function covers(period: Period, date: string): boolean {
  return period.startsOn <= date && (period.endsOn === null || date <= period.endsOn);
}

/** Whether two periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return (
    (a.endsOn === null || b.startsOn <= a.endsOn) && (b.endsOn === null || a.startsOn <= b.endsOn)
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** What a form says about a membership (all text, as a browser sends it). */
export interface MembershipInput {
  role: string;
  startsOn: string;
  endsOn?: string | null | undefined;
  /** For a substitute: the person they stand in for. */
  substituteForId?: number | null | undefined;
}

export interface ValidMembership extends Period {
  role: RosterRole;
  substituteForId: number | null;
}

/** Checks a membership's fields; every problem at once in a Danish 400. */
export function validateMembership(input: MembershipInput): ValidMembership {
  const problems: string[] = [];
  const role = input.role.trim() as RosterRole;
  if (!ROSTER_ROLES.includes(role)) problems.push(e.role);
  const startsOn = input.startsOn.trim();
  const endsOn = (input.endsOn ?? "").trim() || null;
  if (!isDate(startsOn)) problems.push(e.startsOn);
  if (endsOn !== null && !isDate(endsOn)) problems.push(e.endsOn);
  if (isDate(startsOn) && endsOn !== null && isDate(endsOn) && endsOn < startsOn) {
    problems.push(e.endBeforeStart);
  }
  const substituteForId = input.substituteForId ?? null;
  if (substituteForId !== null && !isRowId(substituteForId)) problems.push(e.substituteFor);
  else if (substituteForId !== null && role !== "substitute") problems.push(e.substituteForRole);
  if (problems.length > 0) throw new DomainError("invalid", problems.join(" "), problems);
  return { role, startsOn, endsOn, substituteForId };
}

/** What a form says about a person. */
export interface PersonInput {
  name: string;
  title?: string | undefined;
  party?: string | undefined;
  email?: string | undefined;
  userId?: number | null | undefined;
}

export interface ValidPerson {
  name: string;
  title: string | null;
  party: string | null;
  email: string | null;
  userId: number | null;
}

const clean = (value: string | undefined) => (value ?? "").trim().replace(/\s+/g, " ");

/** Checks a person's fields; the problems are returned for the caller to join with others. */
export function checkPerson(input: PersonInput): { person: ValidPerson; problems: string[] } {
  const problems: string[] = [];
  const name = clean(input.name);
  const title = clean(input.title);
  const party = clean(input.party);
  const email = clean(input.email);
  if (!name) problems.push(e.name);
  if (name.length > 200) problems.push(e.tooLong(l.name, 200));
  if (title.length > 200) problems.push(e.tooLong(l.title, 200));
  if (party.length > 100) problems.push(e.tooLong(l.party, 100));
  if (email && !isEmailAddress(email)) problems.push(e.email);
  const userId = input.userId ?? null;
  if (userId !== null && !isRowId(userId)) problems.push(e.user);
  return {
    person: { name, title: title || null, party: party || null, email: email || null, userId },
    problems,
  };
}

/**
 * The membership checked together with problems already found in the same form (the person's
 * fields): every problem at once in one Danish 400, or the valid membership.
 */
export function membershipOrRefuse(input: MembershipInput, problems: string[]): ValidMembership {
  let membership: ValidMembership | null = null;
  try {
    membership = validateMembership(input);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    problems.push(...error.details);
  }
  if (problems.length > 0 || !membership) {
    throw new DomainError("invalid", problems.join(" "), problems);
  }
  return membership;
}
