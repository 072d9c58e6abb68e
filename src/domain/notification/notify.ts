import type { Tx } from "../../db/client.ts";
import { notifications } from "../../db/schema/index.ts";
import { mailNotifications } from "../mail/mail-notifications.ts";

export type NotificationKind =
  | "mention"
  | "case.submitted"
  | "case.returned"
  | "case.approved"
  | "agenda.item_withdrawn"
  | "agenda.item_corrected"
  | "agenda.corrected"
  | "agenda.published"
  | "agenda.supplement"
  | "minutes.published"
  | "follow_up.due"
  /** Published minutes waiting for the recipient's approval (Kommunestyrelsesloven §13). */
  | "minutes.signoff"
  /** The secretary did not take the recipient's protokoltilførsel into the minutes. */
  | "minutes.note_rejected";

export interface NotificationInput {
  organisationId: number;
  actorId: number | null;
  kind: NotificationKind;
  caseId: number | null;
  commentId?: number | null;
  /** Agenda changes: the meeting whose agenda changed. */
  meetingId?: number | null;
}

/**
 * Notifies each recipient once (never the actor), inside the caller's transaction: the in-app
 * notification, and its mail as each recipient's preference says (mailNotifications).
 */
export async function notify(
  tx: Tx,
  recipients: readonly number[],
  input: NotificationInput,
): Promise<number[]> {
  const userIds = [...new Set(recipients)].filter((id) => id !== input.actorId);
  if (userIds.length === 0) return [];
  const rows = await tx
    .insert(notifications)
    .values(
      userIds.map((userId) => ({
        ...input,
        commentId: input.commentId ?? null,
        meetingId: input.meetingId ?? null,
        userId,
      })),
    )
    .returning({ id: notifications.id });
  await mailNotifications(
    tx,
    rows.map((r) => r.id),
  );
  return userIds;
}
