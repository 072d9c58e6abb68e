import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, cases, meetings } from "../../db/schema/index.ts";
import type { CommitteeRef } from "../access/access.policy.ts";

export interface AttachmentOwners {
  /** Meetings whose agenda shows the attachment. */
  meetingIds: number[];
  /** Committees of those meetings and of the attachment's case. */
  committees: CommitteeRef[];
}

/**
 * Where an attachment belongs, by the same rule getMeeting() lists it: on its agenda item, or,
 * when it hangs on a case only, on every item that puts that case on a meeting.
 */
export async function findAttachmentOwners(
  db: Db,
  attachment: { agendaItemId: number | null; caseId: number | null },
): Promise<AttachmentOwners> {
  const meetingColumns = {
    id: meetings.id,
    committeeId: meetings.committeeId,
    organisationId: meetings.organisationId,
  };
  const found = attachment.agendaItemId
    ? await db
        .select(meetingColumns)
        .from(agendaItems)
        .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
        .where(eq(agendaItems.id, attachment.agendaItemId))
    : attachment.caseId
      ? await db
          .select(meetingColumns)
          .from(agendaItems)
          .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
          .where(eq(agendaItems.caseId, attachment.caseId))
      : [];
  const committees: CommitteeRef[] = found.map((m) => ({
    id: m.committeeId,
    organisationId: m.organisationId,
  }));
  if (!attachment.agendaItemId && attachment.caseId) {
    const [kase] = await db
      .select({ committeeId: cases.committeeId, organisationId: cases.organisationId })
      .from(cases)
      .where(eq(cases.id, attachment.caseId));
    if (kase?.committeeId) {
      committees.push({ id: kase.committeeId, organisationId: kase.organisationId });
    }
  }
  return { meetingIds: [...new Set(found.map((m) => m.id))], committees };
}
