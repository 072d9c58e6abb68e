import { and, asc, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../../db/client.ts";
import { persons, rosterMemberships, users } from "../../db/schema/index.ts";
import { INVITED_ROLES, ROSTER_ROLES, type RosterRole } from "./roster-rules.ts";

export interface RosterEntry {
  membershipId: number;
  personId: number;
  name: string;
  title: string | null;
  party: string | null;
  email: string | null;
  userId: number | null;
  userName: string | null;
  role: RosterRole;
  startsOn: string;
  endsOn: string | null;
  substituteForId: number | null;
  substituteForName: string | null;
}

const rank = (role: RosterRole) => ROSTER_ROLES.indexOf(role);
const byRoleAndName = (a: RosterEntry, b: RosterEntry) =>
  rank(a.role) - rank(b.role) || a.name.localeCompare(b.name, "da") || a.personId - b.personId;

/** Every membership of the committee, with its person; formand first, then by name. */
export async function listRosterEntries(db: Db | Tx, committeeId: number): Promise<RosterEntry[]> {
  const forPerson = alias(persons, "substitute_for");
  const rows = await db
    .select({
      membershipId: rosterMemberships.id,
      personId: persons.id,
      name: persons.name,
      title: persons.title,
      party: persons.party,
      email: persons.email,
      userId: persons.userId,
      userName: users.name,
      role: rosterMemberships.role,
      startsOn: rosterMemberships.startsOn,
      endsOn: rosterMemberships.endsOn,
      substituteForId: rosterMemberships.substituteForId,
      substituteForName: forPerson.name,
    })
    .from(rosterMemberships)
    .innerJoin(persons, eq(persons.id, rosterMemberships.personId))
    .leftJoin(users, eq(users.id, persons.userId))
    .leftJoin(forPerson, eq(forPerson.id, rosterMemberships.substituteForId))
    .where(eq(rosterMemberships.committeeId, committeeId))
    .orderBy(asc(rosterMemberships.startsOn));
  return rows.sort(byRoleAndName);
}

/** The roster as the page shows it: current (and coming) memberships, and past ones. */
export async function listRoster(db: Db | Tx, committeeId: number, today: string) {
  const all = await listRosterEntries(db, committeeId);
  return {
    current: all.filter((x) => x.endsOn === null || x.endsOn >= today),
    past: all.filter((x) => x.endsOn !== null && x.endsOn < today),
  };
}

/** Whether the committee has a roster at all (else meetings invite its member users). */
export async function hasRoster(db: Db | Tx, committeeId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: rosterMemberships.id })
    .from(rosterMemberships)
    .where(eq(rosterMemberships.committeeId, committeeId))
    .limit(1);
  return row !== undefined;
}

/**
 * The persons a meeting on this date invites: formand, næstformand and members whose
 * membership covers the date (substitutes are called in per meeting), formand first.
 */
export async function listRosterOn(
  db: Db | Tx,
  committeeId: number,
  date: string,
  roles: readonly RosterRole[] = INVITED_ROLES,
): Promise<RosterEntry[]> {
  const all = await db
    .select({ membershipId: rosterMemberships.id })
    .from(rosterMemberships)
    .where(
      and(
        eq(rosterMemberships.committeeId, committeeId),
        inArray(rosterMemberships.role, [...roles]),
        lte(rosterMemberships.startsOn, date),
        or(isNull(rosterMemberships.endsOn), gte(rosterMemberships.endsOn, date)),
      ),
    );
  const ids = new Set(all.map((r) => r.membershipId));
  if (ids.size === 0) return [];
  return (await listRosterEntries(db, committeeId)).filter((x) => ids.has(x.membershipId));
}
