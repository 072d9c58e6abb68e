import { eq } from "drizzle-orm";
import type { Db } from "../src/db/client.ts";
import { agendaItems } from "../src/db/schema/index.ts";
import { type AuthoringCommittee, createAgendaItem, createMeeting } from "./factories.ts";

/**
 * A meeting of `world`'s committee whose agenda went out as version 1, with an item per title
 * (those numbered in `closed` closed, 1-based), at a start of its own (`slot` picks it), answered
 * as the meeting and the items' ids in order.
 */
export async function createSentAgenda(
  db: Db,
  world: AuthoringCommittee,
  options: { slot: number; year: number; titles: string[]; closed?: number[] },
): Promise<{ meetingId: number; ids: number[] }> {
  const { slot, year, titles, closed = [] } = options;
  const day = String((slot % 28) + 1).padStart(2, "0");
  const hour = String(8 + Math.floor(slot / 28)).padStart(2, "0");
  const meeting = await createMeeting(db, {
    organisationId: world.organisationId,
    committeeId: world.committee.id,
    status: "agenda_published",
    startsAt: `${year}-01-${day} ${hour}:00:00`,
    agendaVersion: 1,
  });
  const ids: number[] = [];
  for (const [i, title] of titles.entries()) {
    const isClosed = closed.includes(i + 1);
    const item = await createAgendaItem(db, {
      meetingId: meeting.id,
      title,
      closed: isClosed,
      closureReason: isClosed ? "Personoplysninger" : null,
    });
    ids.push(item.id);
  }
  await db
    .update(agendaItems)
    .set({ publishedInVersion: 1 })
    .where(eq(agendaItems.meetingId, meeting.id));
  return { meetingId: meeting.id, ids };
}
