import type { MeetingParticipant } from "../meeting/meeting.types.ts";

/**
 * The participants who were not there for an item although they attended the meeting: they
 * arrived from a later item ("mødt fra punkt 3") or left before it ("gik før punkt 5").
 * Those absent from the whole meeting are listed once for the meeting, not per item.
 */
export function absentDuringItem(participants: MeetingParticipant[], itemNumber: number): string[] {
  return participants.flatMap((p) => {
    if (p.attendance.some((a) => a.status === "absent" && a.agendaItemNumber === null)) return [];
    const away = p.attendance.some(
      (a) =>
        a.agendaItemNumber !== null &&
        ((a.status === "arrived_late" && itemNumber < a.agendaItemNumber) ||
          (a.status === "left_early" && itemNumber >= a.agendaItemNumber)),
    );
    return away ? [p.name] : [];
  });
}
