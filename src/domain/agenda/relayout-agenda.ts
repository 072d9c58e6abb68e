import { asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { agendaItems } from "../../db/schema/index.ts";
import { computeSlots } from "./agenda-layout.ts";
import { recordMovedItems } from "./record-moved-items.ts";

export interface LaidOutItem {
  id: number;
  position: number;
  number: number;
  slotStart: string | null;
  slotEnd: string | null;
}

/**
 * Puts a meeting's items in `order` (all of its item ids; the current order when omitted),
 * numbers them 1, 2, 3 … and computes their time slots from the meeting's start. Positions are
 * unique per meeting, so rows move to negative positions first. An item whose number, place or
 * time changes gets a new updatedAt: members see it as changed. A sent item's new number is
 * recorded as a correction by `actorId` (recordMovedItems).
 */
export async function relayoutAgenda(
  tx: Tx,
  meeting: { id: number; organisationId: number; startsAt: string },
  actorId: number | null,
  order?: readonly number[],
): Promise<LaidOutItem[]> {
  const rows = await tx
    .select({
      id: agendaItems.id,
      position: agendaItems.position,
      number: agendaItems.number,
      slotStart: agendaItems.slotStart,
      slotEnd: agendaItems.slotEnd,
      durationMinutes: agendaItems.durationMinutes,
      publishedInVersion: agendaItems.publishedInVersion,
      withdrawnAt: agendaItems.withdrawnAt,
    })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id))
    .orderBy(asc(agendaItems.position));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = order ? order.map((id) => byId.get(id)).filter((r) => r !== undefined) : rows;
  if (ordered.length !== rows.length)
    throw new Error("relayoutAgenda: order is not the meeting's items");
  const slots = computeSlots(
    meeting.startsAt,
    ordered.map((r) => ({ ...r, withdrawn: r.withdrawnAt !== null })),
  );
  const changed = ordered.flatMap((row, i) => {
    const slot = slots[i];
    const next = {
      id: row.id,
      position: i,
      number: i + 1,
      slotStart: slot?.slotStart ?? null,
      slotEnd: slot?.slotEnd ?? null,
    };
    const same =
      row.position === next.position &&
      row.number === next.number &&
      row.slotStart === next.slotStart &&
      row.slotEnd === next.slotEnd;
    return same ? [] : [next];
  });
  if (changed.length > 0) {
    await tx
      .update(agendaItems)
      .set({ position: sql`-100000 - ${agendaItems.position}` })
      .where(eq(agendaItems.meetingId, meeting.id));
    // Unchanged rows go back to their place; changed ones take the new one.
    const target = new Map(changed.map((c) => [c.id, c]));
    for (const [i, row] of ordered.entries()) {
      const next = target.get(row.id);
      await tx
        .update(agendaItems)
        .set(
          next
            ? {
                position: next.position,
                number: next.number,
                slotStart: next.slotStart,
                slotEnd: next.slotEnd,
                updatedAt: sql`now()`,
              }
            : { position: i },
        )
        .where(eq(agendaItems.id, row.id));
    }
  }
  const moves = ordered.flatMap((row, i) =>
    row.publishedInVersion !== null && row.number !== i + 1
      ? [{ itemId: row.id, from: row.number, to: i + 1 }]
      : [],
  );
  await recordMovedItems(tx, meeting, moves, actorId);
  return ordered.map((row, i) => ({
    id: row.id,
    position: i,
    number: i + 1,
    slotStart: slots[i]?.slotStart ?? null,
    slotEnd: slots[i]?.slotEnd ?? null,
  }));
}
