import { asc, eq, max } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { agendaItems, standingItems } from "../../db/schema/index.ts";

/**
 * Puts the committee's standing items on a meeting's agenda: those placed first before the
 * current items, those placed last after them. The caller renumbers (relayoutAgenda).
 */
export async function insertStandingItems(
  tx: Tx,
  meeting: { id: number; organisationId: number; committeeId: number },
): Promise<number> {
  const templates = await tx
    .select()
    .from(standingItems)
    .where(eq(standingItems.committeeId, meeting.committeeId))
    .orderBy(asc(standingItems.position), asc(standingItems.id));
  if (templates.length === 0) return 0;
  const [last] = await tx
    .select({ position: max(agendaItems.position) })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id));
  const end = (last?.position ?? -1) + 1;
  const first = templates.filter((t) => t.placement === "first");
  const after = templates.filter((t) => t.placement === "last");
  // Existing items keep their positions; first ones go below them (relayout renumbers all).
  const rows = [
    ...first.map((t, i) => ({ t, position: -1000 - first.length + i })),
    ...after.map((t, i) => ({ t, position: end + i })),
  ];
  await tx.insert(agendaItems).values(
    rows.map(({ t, position }) => ({
      organisationId: meeting.organisationId,
      meetingId: meeting.id,
      position,
      number: position + 1,
      title: t.title,
      purpose: t.purpose,
      durationMinutes: t.durationMinutes,
      standing: true,
    })),
  );
  return rows.length;
}
