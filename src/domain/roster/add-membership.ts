import type { Db } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { persons, rosterMemberships } from "../../db/schema/index.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { syncComingMeetings } from "../meeting/sync-coming-meetings.ts";
import {
  assertNoOverlap,
  assertSubstituteFor,
  assertUser,
  loadPerson,
  loadRosterCommittee,
  lockRoster,
} from "./roster-checks.ts";
import {
  checkPerson,
  type MembershipInput,
  membershipOrRefuse,
  type PersonInput,
} from "./roster-rules.ts";

export interface AddMembershipInput extends MembershipInput {
  committeeId: number;
  /** An existing person of the organisation; otherwise `person` makes a new one. */
  personId?: number | null | undefined;
  person?: PersonInput | undefined;
}

/**
 * Adds a person (existing, or new from the form) to a committee's roster with a role and a
 * period. An end before the start is a Danish 400; a period overlapping another membership of
 * the same person in the committee a 409. A formand, næstformand or member is invited to the
 * committee's coming meetings their period covers.
 */
export async function addMembership(
  db: Db,
  principal: Principal,
  input: AddMembershipInput,
): Promise<{ membershipId: number; personId: number }> {
  return db.transaction(async (tx) => {
    const committee = await loadRosterCommittee(tx, principal, input.committeeId);
    const existingId = input.personId ?? null;
    const fresh = existingId === null ? checkPerson(input.person ?? { name: "" }) : null;
    const problems: string[] = [...(fresh?.problems ?? [])];
    if (existingId !== null && !isRowId(existingId)) problems.push(rosterMessages.personNotFound);
    const membership = membershipOrRefuse(input, problems);
    await lockRoster(tx, committee);
    let personId: number;
    if (existingId !== null) {
      personId = (await loadPerson(tx, committee, existingId)).id;
    } else {
      const person = (fresh as NonNullable<typeof fresh>).person;
      await assertUser(tx, committee, person.userId);
      const [row] = await tx
        .insert(persons)
        .values({ organisationId: committee.organisationId, ...person })
        .returning({ id: persons.id });
      if (!row) throw new Error("person not inserted");
      personId = row.id;
    }
    await assertSubstituteFor(tx, committee, personId, membership);
    await assertNoOverlap(tx, committee, personId, membership, null);
    const [row] = await tx
      .insert(rosterMemberships)
      .values({
        organisationId: committee.organisationId,
        committeeId: committee.id,
        personId,
        ...membership,
      })
      .returning({ id: rosterMemberships.id });
    if (!row) throw new Error("membership not inserted");
    const { invitedTo } = await syncComingMeetings(tx, committee, personId);
    await recordAudit(tx, {
      organisationId: committee.organisationId,
      actorId: principal.user.id,
      action: "roster.membership_added",
      entityType: "roster_membership",
      entityId: row.id,
      data: { committeeId: committee.id, personId, ...membership, invitedTo },
    });
    return { membershipId: row.id, personId };
  });
}
