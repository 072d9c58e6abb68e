import type { Db } from "../../db/client.ts";
import { rosterTitle } from "../meeting/participant-title.ts";
import { listRosterOn } from "../roster/list-roster.ts";
import type { RosterRole } from "../roster/roster-rules.ts";
import type { PublicCommittee } from "./list-public-committees.ts";

/**
 * A committee member as the public sees them: the name and what the minutes print after it
 * (»Borgmester, A«; a party only in a political committee), and their place in the committee.
 * Never an e-mail address, a link to a user or the dates of the membership.
 */
export interface PublicMember {
  membershipId: number;
  personId: number;
  committeeId: number;
  name: string;
  /** As the minutes print it after the name. */
  printedTitle: string | null;
  /** The position alone (»Borgmester«), without the party. */
  position: string | null;
  role: RosterRole;
}

/** A person on one or more public committees' rosters, with those memberships. */
export interface PublicPerson {
  id: number;
  name: string;
  position: string | null;
  memberships: PublicMember[];
}

/**
 * Who sits on a committee: formand, næstformand and members. Substitutes are called in per
 * meeting and are not named. Written out here rather than borrowed from who a meeting invites,
 * so that a change there cannot change what the public sees.
 */
const PUBLIC_ROLES: readonly RosterRole[] = ["chair", "vice_chair", "member"];

/**
 * The members on a date of a committee with public meetings (only listPublicCommittees gives
 * one), formand first. Empty for a committee without a roster.
 */
export async function listPublicMembers(
  db: Db,
  committee: PublicCommittee,
  date: string,
): Promise<PublicMember[]> {
  const entries = await listRosterOn(db, committee.id, date, PUBLIC_ROLES);
  return entries.map((e) => ({
    membershipId: e.membershipId,
    personId: e.personId,
    committeeId: committee.id,
    name: e.name,
    printedTitle: rosterTitle(e, committee.kind === "political"),
    position: e.title,
    role: e.role,
  }));
}

/** The members of these committees on a date, once per person, by name. */
export async function listPublicPeople(
  db: Db,
  committees: readonly PublicCommittee[],
  date: string,
): Promise<PublicPerson[]> {
  const people = new Map<number, PublicPerson>();
  for (const committee of committees) {
    for (const member of await listPublicMembers(db, committee, date)) {
      const { personId: id, name, position } = member;
      const person = people.get(id) ?? { id, name, position, memberships: [] };
      person.memberships.push(member);
      people.set(id, person);
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, "da") || a.id - b.id);
}
