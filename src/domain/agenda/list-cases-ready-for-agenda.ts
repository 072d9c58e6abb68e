import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { agendaItems, cases, meetings } from "../../db/schema/index.ts";
import { statusesOf } from "../meeting/meeting-lifecycle.ts";

/** A case still waiting for an agenda: no item on an unheld meeting (for the secretary's list). */
export async function listCasesReadyForAgenda(
  db: Db | Tx,
  committee: { id: number; organisationId: number },
) {
  const busy = db
    .select({ caseId: agendaItems.caseId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(inArray(meetings.status, statusesOf("open")));
  const rows = await db
    .select({
      id: cases.id,
      title: cases.title,
      journalNumber: cases.journalNumber,
      closed: cases.closed,
      durationMinutes: cases.durationMinutes,
      updatedAt: cases.updatedAt,
    })
    .from(cases)
    .where(
      and(
        eq(cases.committeeId, committee.id),
        eq(cases.organisationId, committee.organisationId),
        eq(cases.status, "approved"),
      ),
    )
    .orderBy(asc(cases.updatedAt), asc(cases.id));
  const taken = new Set((await busy).map((r) => r.caseId));
  return rows.filter((r) => !taken.has(r.id));
}
