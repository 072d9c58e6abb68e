import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { agendaCorrections, agendaItems } from "../../db/schema/index.ts";

/**
 * Marks what waits to be sent as sent in agenda version `version`: the items added since the
 * last version and the corrections not sent yet. Every sending (the agenda, a supplement, a
 * »Rettet dagsorden«) carries both. Answers the corrections' ids.
 */
export async function markSent(tx: Tx, meetingId: number, version: number): Promise<number[]> {
  await tx
    .update(agendaItems)
    .set({ publishedInVersion: version, sentAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(agendaItems.meetingId, meetingId), isNull(agendaItems.publishedInVersion)));
  const corrections = await tx
    .update(agendaCorrections)
    .set({ sentInVersion: version, sentAt: sql`now()` })
    .where(and(eq(agendaCorrections.meetingId, meetingId), isNull(agendaCorrections.sentInVersion)))
    .returning({ id: agendaCorrections.id });
  return corrections.map((x) => x.id);
}
