import type { MeetingParticipant } from "../meeting/meeting.types.ts";
import { awayDuringItem, hasSentApologies } from "../meeting-room/presence.ts";

/**
 * The participants who were not there for an item although they attended the meeting: they
 * arrived from a later item ("mødt fra punkt 3") or left before it ("gik før punkt 5").
 * Those absent from the whole meeting are listed once for the meeting, not per item.
 */
export function absentDuringItem(participants: MeetingParticipant[], itemNumber: number): string[] {
  return participants.flatMap((p) =>
    !hasSentApologies(p) && awayDuringItem(p, itemNumber) ? [p.name] : [],
  );
}
