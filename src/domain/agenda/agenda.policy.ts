import {
  type CommitteeRef,
  canManageCommittee,
  canViewCommittee,
  type Principal,
} from "../access/access.policy.ts";
import type { MeetingStatus } from "../meeting/meeting.types.ts";
import { inPhase } from "../meeting/meeting-lifecycle.ts";

/** Planning meetings, standing items and the themes backlog: secretaries and administrators. */
export function canPlanMeetings(p: Principal, committee: CommitteeRef): boolean {
  return canManageCommittee(p, committee);
}

/** Putting items on, ordering, editing and publishing: managers, while the meeting is not held. */
export function canAssembleAgenda(
  p: Principal,
  meeting: { committee: CommitteeRef; status: MeetingStatus },
): boolean {
  return canManageCommittee(p, meeting.committee) && inPhase("open", meeting.status);
}

/** Reading the agenda and keeping private notes: anyone with a role on the committee. */
export function canReadAgenda(p: Principal, committee: CommitteeRef): boolean {
  return canViewCommittee(p, committee);
}
