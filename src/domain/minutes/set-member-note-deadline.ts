import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetings } from "../../db/schema/index.ts";
import { signoffMessages } from "../../i18n/da/minutes-signoff.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { copenhagenDate, copenhagenToInstant } from "../meeting/copenhagen-time.ts";
import { inPhase } from "../meeting/meeting-lifecycle.ts";
import { loadMeetingForMinutes } from "../meeting-mode/load-recordable-meeting.ts";

const e = signoffMessages.errors;

const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/;

/**
 * The instant of a Copenhagen date and time as a datetime-local field sends it
 * ("2027-03-19T12:00"), or null when it is no real time (2027-02-30, 25:00).
 */
export function parseLocalDeadline(value: string): Date | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const wall = `${m[1]} ${m[2]}:00`;
  const at = copenhagenToInstant(wall);
  // A day or hour that does not exist rolls over; the wall clock then reads differently.
  // (The hour skipped in spring reads one hour on; that is the time meant.)
  if (!at || copenhagenDate(at) !== m[1]) return null;
  return at;
}

/**
 * The secretary sets until when members may enter their own protokoltilførsel; an empty value
 * closes it to them. Not once the minutes are approved and locked.
 */
export async function setMemberNoteDeadline(
  db: Db,
  principal: Principal,
  input: { meetingId: number; deadline: string },
): Promise<{ deadline: Date | null }> {
  const deadline = input.deadline.trim() === "" ? null : parseLocalDeadline(input.deadline);
  if (input.deadline.trim() !== "" && !deadline)
    throw new DomainError("invalid", e.deadlineInvalid);
  return db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId, {
      recording: false,
    });
    if (inPhase("locked", meeting.status)) throw new DomainError("locked", e.deadlineLocked);
    await tx
      .update(meetings)
      .set({ memberNoteDeadline: deadline })
      .where(eq(meetings.id, meeting.id));
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "minutes.note_deadline_set",
      entityType: "meeting",
      entityId: meeting.id,
      data: { deadline: deadline?.toISOString() ?? null },
    });
    return { deadline };
  });
}
