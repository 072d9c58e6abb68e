import { hasSentApologies } from "../meeting-room/presence.ts";
import type { AttendanceStatus, MeetingParticipant } from "./meeting.types.ts";

export interface AttendanceSummary {
  /** Absent from the whole meeting. */
  absent: boolean;
  /** Arrived late or left early at an item. */
  partial: { status: Exclude<AttendanceStatus, "present" | "absent">; itemNumber: number }[];
  /** The note the minute taker chose to show in the minutes (»vis i referatet«), if any. */
  note?: string;
}

/** What the minutes say of a participant's attendance. */
export function attendanceSummary(p: MeetingParticipant): AttendanceSummary {
  const note = p.attendance.find((a) => a.showInMinutes && a.note)?.note;
  return {
    ...(note ? { note } : {}),
    absent: hasSentApologies(p),
    partial: p.attendance.flatMap((a) =>
      (a.status === "arrived_late" || a.status === "left_early") && a.agendaItemNumber !== null
        ? [{ status: a.status, itemNumber: a.agendaItemNumber }]
        : [],
    ),
  };
}
