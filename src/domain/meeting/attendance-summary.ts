import { hasSentApologies } from "../meeting-room/presence.ts";
import type { AttendanceStatus, MeetingParticipant } from "./meeting.types.ts";

export interface AttendanceSummary {
  /** Absent from the whole meeting. */
  absent: boolean;
  /** Arrived late or left early at an item. */
  partial: { status: Exclude<AttendanceStatus, "present" | "absent">; itemNumber: number }[];
  /** The note the minute taker chose to show in the minutes (»vis i referatet«), if any. */
  note?: string;
  /** A substitute: the name of the member they stood in for. */
  substituteFor?: string;
}

/** What the minutes say of a participant's attendance, among the meeting's participants. */
export function attendanceSummary(
  p: MeetingParticipant,
  participants: readonly Pick<MeetingParticipant, "id" | "name">[],
): AttendanceSummary {
  const note = p.attendance.find((a) => a.showInMinutes && a.note)?.note;
  const forName = p.substituteForId
    ? participants.find((x) => x.id === p.substituteForId)?.name
    : undefined;
  return {
    ...(note ? { note } : {}),
    ...(forName ? { substituteFor: forName } : {}),
    absent: hasSentApologies(p),
    partial: p.attendance.flatMap((a) =>
      (a.status === "arrived_late" || a.status === "left_early") && a.agendaItemNumber !== null
        ? [{ status: a.status, itemNumber: a.agendaItemNumber }]
        : [],
    ),
  };
}
