import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { insertPlannedMeetings } from "./insert-planned-meetings.ts";
import { listInvitees } from "./list-invitees.ts";
import { loadPlanningCommittee } from "./plan-meeting.ts";
import { type PlanMeetingInput, validatePlan } from "./plan-meeting-input.ts";
import { seriesDates } from "./series-dates.ts";

/**
 * Plans a recurring series (every week, every other or fourth week, or the same weekday each
 * month) in one go: all meetings share a seriesId, or none is planned when any date clashes
 * with a booked room. With repeat "none" it plans the single meeting.
 */
export async function planSeries(
  db: Db,
  principal: Principal,
  input: PlanMeetingInput,
): Promise<{ meetingIds: number[]; seriesId: string | null }> {
  const plan = validatePlan(input);
  const dates = seriesDates(plan.date, plan.repeat, plan.count);
  const seriesId = dates.length > 1 ? randomUUID() : null;
  return db.transaction(async (tx) => {
    const committee = await loadPlanningCommittee(tx, principal, plan.committeeId);
    const meetingIds = await insertPlannedMeetings(
      tx,
      principal.user.id,
      committee,
      plan,
      dates,
      await listInvitees(tx, committee, plan, dates),
      seriesId,
    );
    return { meetingIds, seriesId };
  });
}
