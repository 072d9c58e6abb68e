import type { Db } from "../../db/client.ts";
import { listRosterOn } from "../roster/list-roster.ts";
import type { RosterRole } from "../roster/roster-rules.ts";

/**
 * A committee member as the public sees them: what the minutes print about the people at the
 * table (name, title, party) and their place in the committee. Never an e-mail address or a
 * link to a user.
 */
export interface PublicMember {
  membershipId: number;
  personId: number;
  committeeId: number;
  name: string;
  title: string | null;
  party: string | null;
  role: RosterRole;
  startsOn: string;
  endsOn: string | null;
}

/** A person on one or more public committees' rosters, with those memberships. */
export interface PublicPerson {
  id: number;
  name: string;
  title: string | null;
  party: string | null;
  memberships: PublicMember[];
}

/**
 * The members of a committee with public meetings on a date: formand, næstformand and members
 * (as a meeting that day invites them; substitutes are called in per meeting), formand first.
 * Empty for a committee without a roster.
 */
export async function listPublicMembers(
  db: Db,
  committeeId: number,
  date: string,
): Promise<PublicMember[]> {
  const entries = await listRosterOn(db, committeeId, date);
  return entries.map((e) => ({
    membershipId: e.membershipId,
    personId: e.personId,
    committeeId,
    name: e.name,
    title: e.title,
    party: e.party,
    role: e.role,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
  }));
}

/** The members of these committees on a date, once per person, by name. */
export async function listPublicPeople(
  db: Db,
  committeeIds: readonly number[],
  date: string,
): Promise<PublicPerson[]> {
  const people = new Map<number, PublicPerson>();
  for (const committeeId of committeeIds) {
    for (const member of await listPublicMembers(db, committeeId, date)) {
      const { personId: id, name, title, party } = member;
      const person = people.get(id) ?? { id, name, title, party, memberships: [] };
      person.memberships.push(member);
      people.set(id, person);
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, "da") || a.id - b.id);
}
