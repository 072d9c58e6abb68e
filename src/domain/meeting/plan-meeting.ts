import type { Db, Tx } from "../../db/client.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import type { Principal } from "../access/access.policy.ts";
import { findVisibleCommittee } from "../access/find-visible-committee.ts";
import { canPlanMeetings } from "../agenda/agenda.policy.ts";
import { DomainError } from "../domain-error.ts";
import { insertPlannedMeetings } from "./insert-planned-meetings.ts";
import { listInvitees } from "./list-invitees.ts";
import { type PlanMeetingInput, validatePlan } from "./plan-meeting-input.ts";

const m = agendaMessages;

/** The committee when the principal may plan its meetings; a Danish DomainError otherwise. */
export async function loadPlanningCommittee(
  db: Db | Tx,
  principal: Principal,
  committeeId: number,
) {
  const committee = await findVisibleCommittee(db, principal, committeeId);
  if (!committee) throw new DomainError("not_found", m.committeeNotFound);
  if (!canPlanMeetings(principal, committee)) throw new DomainError("forbidden", m.forbidden.plan);
  return committee;
}

/**
 * Plans one meeting of a committee: date, start, end, place, the committee's members (or the
 * chosen ones) and guests; the committee's standing items go on its agenda. A room already
 * booked at that time is refused with a Danish message; nothing is written then.
 */
export async function planMeeting(
  db: Db,
  principal: Principal,
  input: PlanMeetingInput,
): Promise<{ meetingId: number }> {
  const plan = validatePlan({ ...input, repeat: "none" });
  return db.transaction(async (tx) => {
    const committee = await loadPlanningCommittee(tx, principal, plan.committeeId);
    const [meetingId] = await insertPlannedMeetings(
      tx,
      principal.user.id,
      committee,
      plan,
      [plan.date],
      await listInvitees(tx, committee, plan, [plan.date]),
      null,
    );
    return { meetingId: meetingId as number };
  });
}
