import { and, eq, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { persons, rosterMemberships, users } from "../../db/schema/index.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";
import { canManageCommittee, type Principal } from "../access/access.policy.ts";
import { findVisibleCommittee } from "../access/find-visible-committee.ts";
import { DomainError } from "../domain-error.ts";
import { overlaps, type ValidMembership } from "./roster-rules.ts";

const m = rosterMessages;

type Committee = { id: number; organisationId: number };

/** The committee when the principal may manage its roster (canManageCommittee); 404/403 otherwise. */
export async function loadRosterCommittee(db: Db | Tx, principal: Principal, committeeId: number) {
  const committee = await findVisibleCommittee(db, principal, committeeId);
  if (!committee) throw new DomainError("not_found", m.committeeNotFound);
  if (!canManageCommittee(principal, committee)) throw new DomainError("forbidden", m.forbidden);
  return committee;
}

/** Two changes of one committee's roster wait for each other, so overlap checks hold. */
export async function lockRoster(tx: Tx, committee: Committee): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`roster:${committee.id}`}))`);
}

/** Refuses (409) a membership overlapping another of the same person in the committee. */
export async function assertNoOverlap(
  tx: Tx,
  committee: Committee,
  personId: number,
  period: ValidMembership,
  exceptId: number | null,
): Promise<void> {
  const others = await tx
    .select({
      startsOn: rosterMemberships.startsOn,
      endsOn: rosterMemberships.endsOn,
      name: persons.name,
    })
    .from(rosterMemberships)
    .innerJoin(persons, eq(persons.id, rosterMemberships.personId))
    .where(
      and(
        eq(rosterMemberships.committeeId, committee.id),
        eq(rosterMemberships.personId, personId),
        exceptId === null ? undefined : ne(rosterMemberships.id, exceptId),
      ),
    );
  const clash = others.find((o) => overlaps(o, period));
  if (clash) {
    const message = m.errors.overlap(clash.name, clash.startsOn, clash.endsOn);
    throw new DomainError("conflict", message, [message]);
  }
}

/** A substitute's named member must be a person on the committee's roster, not the substitute. */
export async function assertSubstituteFor(
  tx: Tx,
  committee: Committee,
  personId: number | null,
  membership: ValidMembership,
): Promise<void> {
  const forId = membership.substituteForId;
  if (forId === null) return;
  if (forId === personId) throw new DomainError("invalid", m.errors.substituteForSelf);
  const [row] = await tx
    .select({ id: rosterMemberships.id })
    .from(rosterMemberships)
    .where(
      and(
        eq(rosterMemberships.committeeId, committee.id),
        eq(rosterMemberships.personId, forId),
        ne(rosterMemberships.role, "substitute"),
      ),
    )
    .limit(1);
  if (!row) throw new DomainError("invalid", m.errors.substituteFor, [m.errors.substituteFor]);
}

/** A linked user must belong to the committee's organisation. */
export async function assertUser(tx: Tx, committee: Committee, userId: number | null) {
  if (userId === null) return;
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, committee.organisationId)));
  if (!row) throw new DomainError("invalid", m.errors.user, [m.errors.user]);
}

/** A person of the committee's organisation, or 400. */
export async function loadPerson(tx: Tx, committee: Committee, personId: number) {
  const [row] = await tx
    .select()
    .from(persons)
    .where(and(eq(persons.id, personId), eq(persons.organisationId, committee.organisationId)));
  if (!row) throw new DomainError("invalid", m.personNotFound, [m.personNotFound]);
  return row;
}

/** A membership of this committee, or 404. */
export async function loadMembership(tx: Db | Tx, committee: Committee, membershipId: number) {
  const [row] = await tx
    .select()
    .from(rosterMemberships)
    .where(
      and(
        eq(rosterMemberships.id, membershipId),
        eq(rosterMemberships.committeeId, committee.id),
        eq(rosterMemberships.organisationId, committee.organisationId),
      ),
    );
  if (!row) throw new DomainError("not_found", m.membershipNotFound);
  return row;
}
