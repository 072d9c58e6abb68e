import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { agendaCorrections } from "../../db/schema/index.ts";
import { notifyMeetingParticipants } from "../notification/notify-participants.ts";

/**
 * Records that a sent item was closed or opened (»Punkt 5 behandles nu for lukkede døre«), so
 * members and the public see why its text left or reached the public agenda. Each item has at
 * most one such change not yet sent: closing it again with another reason updates it, and
 * undoing it before it went out removes it. Members are notified of a new one.
 */
export async function recordOpennessChange(
  tx: Tx,
  meeting: { id: number; organisationId: number },
  change: {
    itemId: number;
    caseId: number | null;
    wasClosed: boolean;
    closed: boolean;
    reason: string;
  },
  actorId: number,
): Promise<void> {
  const [pending] = await tx
    .select({ id: agendaCorrections.id, kind: agendaCorrections.kind })
    .from(agendaCorrections)
    .where(
      and(
        eq(agendaCorrections.agendaItemId, change.itemId),
        inArray(agendaCorrections.kind, ["closed", "opened"]),
        isNull(agendaCorrections.sentInVersion),
      ),
    );
  const kind = change.closed ? ("closed" as const) : ("opened" as const);
  if (pending && pending.kind !== kind) {
    await tx.delete(agendaCorrections).where(eq(agendaCorrections.id, pending.id));
    return;
  }
  if (pending) {
    // Still closed, with another reason: the change waiting to go out says the new one.
    await tx
      .update(agendaCorrections)
      .set({ reason: change.reason, actorId })
      .where(eq(agendaCorrections.id, pending.id));
    return;
  }
  if (change.wasClosed === change.closed) return;
  await tx.insert(agendaCorrections).values({
    organisationId: meeting.organisationId,
    meetingId: meeting.id,
    agendaItemId: change.itemId,
    kind,
    reason: change.reason,
    caseId: change.caseId,
    actorId,
  });
  await notifyMeetingParticipants(tx, meeting, "agenda.item_corrected", actorId);
}
