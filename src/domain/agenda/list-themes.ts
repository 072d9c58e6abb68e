import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, committeeThemes, meetings } from "../../db/schema/index.ts";

export interface ThemeView {
  id: number;
  title: string;
  note: string;
  createdAt: Date;
  /** The meeting whose agenda the theme was put on, if any. */
  onAgenda: { meetingId: number; startsAt: string; itemId: number } | null;
}

/** The committee's backlog, oldest first; themes already on an agenda say which meeting. */
export async function listThemes(db: Db, committeeId: number): Promise<ThemeView[]> {
  const rows = await db
    .select({
      theme: committeeThemes,
      meetingId: meetings.id,
      startsAt: meetings.startsAt,
    })
    .from(committeeThemes)
    .leftJoin(agendaItems, eq(agendaItems.id, committeeThemes.agendaItemId))
    .leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(committeeThemes.committeeId, committeeId))
    .orderBy(asc(committeeThemes.createdAt), asc(committeeThemes.id));
  return rows.map(({ theme, meetingId, startsAt }) => ({
    id: theme.id,
    title: theme.title,
    note: theme.note,
    createdAt: theme.createdAt,
    onAgenda:
      meetingId !== null && startsAt !== null && theme.agendaItemId !== null
        ? { meetingId, startsAt, itemId: theme.agendaItemId }
        : null,
  }));
}
