import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems } from "../../db/schema/index.ts";

export interface AttachmentOwners {
  /** Meetings whose agenda shows the attachment. */
  meetingIds: number[];
}

/**
 * Where an attachment is shown, by the same rule getMeeting() lists it: on its agenda item, or,
 * when it hangs on a case only, on every item that puts that case on a meeting. A case on no
 * agenda shows its bilag on no meeting: who may read them is the case's policy.
 */
export async function findAttachmentOwners(
  db: Db,
  attachment: { agendaItemId: number | null; caseId: number | null },
): Promise<AttachmentOwners> {
  const column = { meetingId: agendaItems.meetingId };
  const found = attachment.agendaItemId
    ? await db.select(column).from(agendaItems).where(eq(agendaItems.id, attachment.agendaItemId))
    : attachment.caseId
      ? await db.select(column).from(agendaItems).where(eq(agendaItems.caseId, attachment.caseId))
      : [];
  return { meetingIds: [...new Set(found.map((m) => m.meetingId))] };
}
