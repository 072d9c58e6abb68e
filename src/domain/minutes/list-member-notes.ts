import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, protocolNotes } from "../../db/schema/index.ts";

/** A member's protokoltilførsel awaiting the secretary. */
export interface PendingMemberNote {
  id: number;
  itemNumber: number;
  itemTitle: string;
  author: string;
  text: string;
  submittedById: number | null;
  createdAt: Date;
}

/**
 * The pending protokoltilførsler of a meeting in item order: all of them for the secretary
 * (`submittedBy` null), only their own for a member.
 */
export async function listPendingMemberNotes(
  db: Db,
  meetingId: number,
  submittedBy: number | null,
): Promise<PendingMemberNote[]> {
  return db
    .select({
      id: protocolNotes.id,
      itemNumber: agendaItems.number,
      itemTitle: agendaItems.title,
      author: protocolNotes.author,
      text: protocolNotes.text,
      submittedById: protocolNotes.submittedById,
      createdAt: protocolNotes.createdAt,
    })
    .from(protocolNotes)
    .innerJoin(agendaItems, eq(agendaItems.id, protocolNotes.agendaItemId))
    .where(
      and(
        eq(agendaItems.meetingId, meetingId),
        eq(protocolNotes.status, "pending"),
        submittedBy === null ? undefined : eq(protocolNotes.submittedById, submittedBy),
      ),
    )
    .orderBy(asc(agendaItems.position), asc(protocolNotes.position), asc(protocolNotes.id));
}
