import { minutesMessages } from "../../i18n/da/minutes.ts";
import { type CommitteeRef, canManageCommittee, type Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import type { MeetingStatus } from "../meeting/meeting.types.ts";

const e = minutesMessages.errors;

/** The minute taker (referent): the committee's secretary or an administrator. */
export function canTakeMinutes(principal: Principal, committee: CommitteeRef): boolean {
  return canManageCommittee(principal, committee);
}

/**
 * Why nothing of the meeting's record (attendance, decisions, votes, notes) may be changed
 * in this status, or null when it may. Once the minutes are published every change is a
 * correction: a new, visible version with a reason.
 */
export function recordingRefusal(status: MeetingStatus): DomainError | null {
  switch (status) {
    case "planned":
      return new DomainError("conflict", e.notYetPublished);
    case "agenda_published":
    case "held":
      return null;
    case "minutes_published":
      return new DomainError("conflict", e.minutesPublished);
    case "minutes_approved":
      return new DomainError("locked", e.minutesApproved);
  }
}

/** True while the record of the meeting may be changed directly. */
export function isRecordable(status: MeetingStatus): boolean {
  return recordingRefusal(status) === null;
}
