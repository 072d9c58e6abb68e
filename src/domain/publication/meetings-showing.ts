import { eq, or } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { agendaItems } from "../../db/schema/index.ts";

/**
 * The meetings whose items show a case (its fields and its own bilag), or one item (its bilag):
 * where a change of that case or item can change what the public sees.
 */
export async function meetingsShowing(
  db: Db | Tx,
  target: { caseId?: number | null; agendaItemId?: number | null },
): Promise<number[]> {
  const conditions = [
    ...(target.agendaItemId ? [eq(agendaItems.id, target.agendaItemId)] : []),
    ...(target.caseId ? [eq(agendaItems.caseId, target.caseId)] : []),
  ];
  if (conditions.length === 0) return [];
  const rows = await db
    .select({ meetingId: agendaItems.meetingId })
    .from(agendaItems)
    .where(or(...conditions));
  return [...new Set(rows.map((r) => r.meetingId))];
}
