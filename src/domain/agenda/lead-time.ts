import { copenhagenDate } from "../meeting/copenhagen-time.ts";
import {
  latestNoticeDate,
  POLITICAL_LEAD_WORKING_DAYS,
  workingDaysBetween,
} from "./working-days.ts";

export interface LeadTime {
  /** The last day ("YYYY-MM-DD") the agenda can go out in time. */
  latest: string;
  /** True when publishing on `on` gives members fewer than the legal working days. */
  late: boolean;
  workingDays: number;
}

/**
 * The legal notice of a political committee's agenda (4 working days before the meeting)
 * measured from `at`; null for administrative forums, which have no such rule.
 */
export function leadTimeOf(
  meeting: { startsAt: string; committee: { kind: "political" | "administrative" } },
  at: Date = new Date(),
): LeadTime | null {
  if (meeting.committee.kind !== "political") return null;
  const meetingDate = meeting.startsAt.slice(0, 10);
  const today = copenhagenDate(at);
  const workingDays = workingDaysBetween(today, meetingDate);
  return {
    latest: latestNoticeDate(meetingDate),
    late: workingDays < POLITICAL_LEAD_WORKING_DAYS,
    workingDays,
  };
}
