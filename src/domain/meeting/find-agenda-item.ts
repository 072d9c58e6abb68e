import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { agendaItems, meetings } from "../../db/schema/index.ts";
import type { CommitteeRef } from "../access/access.policy.ts";

export interface AgendaItemRef {
  id: number;
  organisationId: number;
  meetingId: number;
  caseId: number | null;
  closed: boolean;
  /** The committee of the item's meeting, for the access policy. */
  committee: CommitteeRef;
}

/** An agenda item with the meeting and committee it belongs to; null when there is none. */
export async function findAgendaItem(db: Db, itemId: number): Promise<AgendaItemRef | null> {
  if (!isRowId(itemId)) return null;
  const [row] = await db
    .select({
      id: agendaItems.id,
      organisationId: agendaItems.organisationId,
      meetingId: agendaItems.meetingId,
      caseId: agendaItems.caseId,
      closed: agendaItems.closed,
      committeeId: meetings.committeeId,
      committeeOrganisationId: meetings.organisationId,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId));
  if (!row) return null;
  const { committeeId, committeeOrganisationId, ...item } = row;
  return { ...item, committee: { id: committeeId, organisationId: committeeOrganisationId } };
}
