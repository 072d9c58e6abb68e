import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { agendaCorrections } from "../../db/schema/index.ts";

/** A sent item that got a new number. */
export interface ItemMove {
  itemId: number;
  from: number;
  to: number;
}

/**
 * Records sent items' new numbers as corrections (»Punkt 5 er flyttet og er nu punkt 3«), so
 * members and the public see the renumbering instead of finding it. Each item has at most one
 * move not yet sent: a further move updates it, and a move back to the number members have
 * removes it.
 */
export async function recordMovedItems(
  tx: Tx,
  meeting: { id: number; organisationId: number },
  moves: ItemMove[],
  actorId: number | null,
): Promise<void> {
  if (moves.length === 0) return;
  const pending = await tx
    .select({
      id: agendaCorrections.id,
      itemId: agendaCorrections.agendaItemId,
      previousNumber: agendaCorrections.previousNumber,
    })
    .from(agendaCorrections)
    .where(
      and(
        eq(agendaCorrections.meetingId, meeting.id),
        eq(agendaCorrections.kind, "moved"),
        isNull(agendaCorrections.sentInVersion),
        inArray(
          agendaCorrections.agendaItemId,
          moves.map((m) => m.itemId),
        ),
      ),
    );
  const pendingOf = new Map(pending.map((p) => [p.itemId, p]));
  const fresh = [];
  for (const move of moves) {
    const earlier = pendingOf.get(move.itemId);
    if (!earlier) {
      fresh.push(move);
    } else if (earlier.previousNumber === move.to) {
      await tx.delete(agendaCorrections).where(eq(agendaCorrections.id, earlier.id));
    } else {
      await tx
        .update(agendaCorrections)
        .set({ newNumber: move.to, actorId, createdAt: sql`now()` })
        .where(eq(agendaCorrections.id, earlier.id));
    }
  }
  if (fresh.length === 0) return;
  await tx.insert(agendaCorrections).values(
    fresh.map((move) => ({
      organisationId: meeting.organisationId,
      meetingId: meeting.id,
      agendaItemId: move.itemId,
      kind: "moved" as const,
      reason: "",
      previousNumber: move.from,
      newNumber: move.to,
      actorId,
    })),
  );
}
