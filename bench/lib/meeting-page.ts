import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../src/db/client.ts";
import { agendaItems, meetings } from "../../src/db/schema/index.ts";
import { getMeeting } from "../../src/domain/meeting/get-meeting.ts";
import {
  isPublicMeeting,
  toPublicMeeting,
} from "../../src/domain/publication/publication.policy.ts";
import { renderDocument } from "../../src/web/layout.tsx";
import { PublicMeetingPage } from "../../src/web/pages/public-meeting-page.tsx";

/** The public meeting with the most items: the heaviest ordinary meeting page. */
export async function heaviestMeeting(db: Db): Promise<number> {
  const [row] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id))
    .where(isPublicMeeting)
    .groupBy(meetings.id)
    .orderBy(desc(sql`count(*)`), desc(meetings.id))
    .limit(1);
  if (!row) throw new Error("the archive has no public meeting");
  return row.id;
}

/** One meeting page rendered from the database, as on a cache miss. */
export async function renderMisses(db: Db, id: number, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const started = performance.now();
    const full = await getMeeting(db, id);
    const meeting = full ? toPublicMeeting(full) : null;
    if (!meeting) throw new Error("not public");
    await renderDocument(PublicMeetingPage({ meeting, viewer: null }));
    if (i >= 5) samples.push(performance.now() - started);
  }
  return samples;
}
