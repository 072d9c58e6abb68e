import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { rosterMemberships } from "../../db/schema/index.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { copenhagenDate } from "../meeting/copenhagen-time.ts";
import { syncComingMeetings } from "../meeting/sync-coming-meetings.ts";
import { loadMembership, loadRosterCommittee, lockRoster } from "./roster-checks.ts";
import { isDate } from "./roster-rules.ts";

const e = rosterMessages.errors;

/**
 * Ends a membership on a date (its last day; today in Copenhagen when none is given). An end
 * before the start is a Danish 400, ending an ended membership a 409. The committee's coming
 * meetings after that day no longer invite them.
 */
export async function endMembership(
  db: Db,
  principal: Principal,
  input: { committeeId: number; membershipId: number; endsOn?: string | undefined },
  now: Date = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const committee = await loadRosterCommittee(tx, principal, input.committeeId);
    const endsOn = (input.endsOn ?? "").trim() || copenhagenDate(now);
    if (!isDate(endsOn)) throw new DomainError("invalid", e.endsOn, [e.endsOn]);
    await lockRoster(tx, committee);
    const current = await loadMembership(tx, committee, input.membershipId);
    if (current.endsOn !== null && current.endsOn <= endsOn) {
      throw new DomainError("conflict", e.alreadyEnded, [e.alreadyEnded]);
    }
    if (endsOn < current.startsOn) {
      throw new DomainError("invalid", e.endBeforeStart, [e.endBeforeStart]);
    }
    await tx.update(rosterMemberships).set({ endsOn }).where(eq(rosterMemberships.id, current.id));
    // The coming meetings after their last day no longer invite them.
    const { uninvitedFrom } = await syncComingMeetings(tx, committee, current.personId);
    await recordAudit(tx, {
      organisationId: committee.organisationId,
      actorId: principal.user.id,
      action: "roster.membership_ended",
      entityType: "roster_membership",
      entityId: current.id,
      data: { committeeId: committee.id, personId: current.personId, endsOn, uninvitedFrom },
    });
  });
}
