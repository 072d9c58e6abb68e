import { canManageCommittee, canViewCommittee, type Principal } from "../access/access.policy.ts";
import { withSentItems } from "../publication/publication.policy.ts";
import type { FullMeeting } from "./meeting.types.ts";

/**
 * A meeting as a user may read it in the staff area, or null without a role on its committee.
 * Secretaries and administrators, who assemble the agenda, see every item; everyone else
 * (members, authors, approvers) sees what was sent: an item added after the agenda went out
 * stays hidden until its supplement is sent, with its fields, decision and bilag.
 */
export function meetingSeenBy(principal: Principal, meeting: FullMeeting): FullMeeting | null {
  if (!canViewCommittee(principal, meeting.committee)) return null;
  return canManageCommittee(principal, meeting.committee) ? meeting : withSentItems(meeting);
}
