import type { Tx } from "../../db/client.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { notify } from "../notification/notify.ts";
import { listMinutesSigners } from "./minutes-signers.ts";

/**
 * Asks every member who took part in the meeting and can sign in to approve the published
 * minutes (»Godkend referatet af …«): a notification, mailed as each one's preference says.
 */
export async function notifySigners(
  tx: Tx,
  meeting: { id: number; organisationId: number },
  actorId: number | null,
): Promise<number[]> {
  const full = await getMeeting(tx, meeting.id);
  if (!full) return [];
  const signers = await listMinutesSigners(tx, full);
  const recipients = signers.flatMap((s) => (s.absent || s.userId === null ? [] : [s.userId]));
  return notify(tx, recipients, {
    organisationId: meeting.organisationId,
    actorId,
    kind: "minutes.signoff",
    caseId: null,
    meetingId: meeting.id,
  });
}
