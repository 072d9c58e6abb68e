import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { meetingParticipants, notifications } from "../../db/schema/index.ts";
import { type NotificationKind, notify } from "./notify.ts";

/**
 * Notices of single changes that a »Rettet dagsorden« sends together later: a participant who
 * has not read one of the same meeting is not told again, so three corrections in a row are one
 * notice (and one mail), which leads to the agenda with all three. Every sending is told.
 */
const ONCE_UNTIL_READ = new Set<NotificationKind>([
  "agenda.item_withdrawn",
  "agenda.item_corrected",
]);

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
  const participants = rows.flatMap((r) => (r.userId === null ? [] : [r.userId]));
  if (participants.length === 0) return [];
  const unread = !ONCE_UNTIL_READ.has(kind)
    ? []
    : await tx
        .select({ userId: notifications.userId })
        .from(notifications)
        .where(
          and(
            eq(notifications.meetingId, meeting.id),
            eq(notifications.kind, kind),
            isNull(notifications.readAt),
            inArray(notifications.userId, participants),
          ),
        );
  const told = new Set(unread.map((r) => r.userId));
  return notify(
    tx,
    participants.filter((id) => !told.has(id)),
    {
      organisationId: meeting.organisationId,
      actorId,
      kind,
      caseId: null,
      meetingId: meeting.id,
    },
  );
}
