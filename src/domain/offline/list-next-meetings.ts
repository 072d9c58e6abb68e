import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { listVisibleCommittees } from "../access/list-visible-committees.ts";
import { listMeetings } from "../meeting/list-meetings.ts";

/** How many coming meetings a member's device keeps for offline reading without being asked. */
export const NEXT_MEETINGS = 3;

/**
 * The member's next meetings whose agenda is out (the soonest first): the ones their device
 * downloads for offline reading on its own. Meetings of the day count until midnight.
 */
export async function listNextMeetings(
  db: Db,
  principal: Principal,
  now: Date = new Date(),
): Promise<{ id: number; startsAt: string; committee: string }[]> {
  const committees = await listVisibleCommittees(db, principal);
  const meetings = await listMeetings(db, {
    organisationId: principal.user.organisationId,
    committeeIds: committees.map((x) => x.id),
    statuses: ["agenda_published"],
  });
  const today = now.toISOString().slice(0, 10);
  return meetings
    .filter((m) => m.startsAt.slice(0, 10) >= today)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id)
    .slice(0, NEXT_MEETINGS)
    .map((m) => ({ id: m.id, startsAt: m.startsAt, committee: m.committee.name }));
}
