import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { persons, rosterMemberships } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { syncComingMeetings } from "../meeting/sync-coming-meetings.ts";
import {
  assertNoOverlap,
  assertSubstituteFor,
  assertUser,
  loadMembership,
  loadRosterCommittee,
  lockRoster,
} from "./roster-checks.ts";
import {
  checkPerson,
  type MembershipInput,
  membershipOrRefuse,
  type PersonInput,
} from "./roster-rules.ts";

export interface UpdateMembershipInput extends MembershipInput {
  committeeId: number;
  membershipId: number;
  person: PersonInput;
}

/**
 * Changes a membership (role, period, whom a substitute stands in for) and its person (name,
 * title, party, e-mail, linked user), by the same rules as adding one; the coming meetings
 * invite them as the new period and role say (syncComingMeetings).
 */
export async function updateMembership(
  db: Db,
  principal: Principal,
  input: UpdateMembershipInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    const committee = await loadRosterCommittee(tx, principal, input.committeeId);
    const current = await loadMembership(tx, committee, input.membershipId);
    const { person, problems } = checkPerson(input.person);
    const membership = membershipOrRefuse(input, problems);
    await lockRoster(tx, committee);
    await assertUser(tx, committee, person.userId);
    await assertSubstituteFor(tx, committee, current.personId, membership);
    await assertNoOverlap(tx, committee, current.personId, membership, current.id);
    await tx
      .update(persons)
      .set({ ...person, updatedAt: sql`now()` })
      .where(eq(persons.id, current.personId));
    await tx.update(rosterMemberships).set(membership).where(eq(rosterMemberships.id, current.id));
    // A substitute made a member, or a period moved to cover a meeting, is invited to it; a
    // period moved away from one, or a member made a substitute, is no longer.
    const synced = await syncComingMeetings(tx, committee, current.personId);
    await recordAudit(tx, {
      organisationId: committee.organisationId,
      actorId: principal.user.id,
      action: "roster.membership_updated",
      entityType: "roster_membership",
      entityId: current.id,
      data: { committeeId: committee.id, personId: current.personId, ...membership, ...synced },
    });
  });
}
