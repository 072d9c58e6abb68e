import {
  type CommitteeRef,
  canManageCommittee,
  canViewCommittee,
  type Principal,
} from "../access/access.policy.ts";
import type { MeetingStatus } from "../meeting/meeting.types.ts";

/** Until the meeting is held its agenda can change; after publication a change is a supplement. */
export const EDITABLE_AGENDA_STATUSES: readonly MeetingStatus[] = ["planned", "agenda_published"];

/** Planning meetings, standing items and the themes backlog: secretaries and administrators. */
export function canPlanMeetings(p: Principal, committee: CommitteeRef): boolean {
  return canManageCommittee(p, committee);
}

/** Putting items on, ordering, editing and publishing: managers, while the meeting is not held. */
export function canAssembleAgenda(
  p: Principal,
  meeting: { committee: CommitteeRef; status: MeetingStatus },
): boolean {
  return (
    canManageCommittee(p, meeting.committee) && EDITABLE_AGENDA_STATUSES.includes(meeting.status)
  );
}

/** Reading the agenda and keeping private notes: anyone with a role on the committee. */
export function canReadAgenda(p: Principal, committee: CommitteeRef): boolean {
  return canViewCommittee(p, committee);
}
