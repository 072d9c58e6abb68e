import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { meetingParticipants } from "../../db/schema/index.ts";
import { type NotificationKind, notify } from "./notify.ts";

/** Notifies the meeting's participants who are users (never the actor) of a meeting event. */
export async function notifyMeetingParticipants(
  tx: Tx,
  meeting: { id: number; organisationId: number },
  kind: NotificationKind,
  actorId: number | null,
): Promise<number[]> {
  const rows = await tx
    .select({ userId: meetingParticipants.userId })
    .from(meetingParticipants)
    .where(eq(meetingParticipants.meetingId, meeting.id));
  const recipients = rows.flatMap((r) => (r.userId === null ? [] : [r.userId]));
  return notify(tx, recipients, {
    organisationId: meeting.organisationId,
    actorId,
    kind,
    caseId: null,
    meetingId: meeting.id,
  });
}
