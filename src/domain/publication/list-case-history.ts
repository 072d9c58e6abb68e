import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, meetings } from "../../db/schema/index.ts";
import { getMeetings } from "../meeting/get-meetings.ts";
import {
  isPublicMeeting,
  type PublicationKind,
  type PublicItem,
  publicRows,
  toPublicMeeting,
} from "./publication.policy.ts";

export interface CaseHistoryEntry {
  meetingId: number;
  kind: PublicationKind;
  startsAt: string;
  committee: { name: string; slug: string };
  /** 1-based place of the item in its meeting. */
  place: number;
  item: PublicItem;
}

/** At most this many appearances are listed (a case rarely returns more than a few times). */
const LIMIT = 50;

/**
 * Every public meeting where a case appeared, oldest first, each item as the publication policy
 * shows it there. Only appearances of the same openness as `closed` are listed: a closed item is
 * never tied to the open items of the same case (nor the other way round), since that could tell
 * what the closed item is about.
 */
export async function listCaseHistory(
  db: Db,
  caseId: number,
  closed: boolean,
): Promise<CaseHistoryEntry[]> {
  const rows = await db
    .select({ itemId: agendaItems.id, meetingId: agendaItems.meetingId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(eq(agendaItems.caseId, caseId), isPublicMeeting))
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(LIMIT);
  const loaded = await getMeetings(db, [...new Set(rows.map((r) => r.meetingId))]);
  const byId = new Map(loaded.map((m) => [m.id, m]));
  const entries: CaseHistoryEntry[] = [];
  for (const row of rows) {
    const meeting = byId.get(row.meetingId);
    const view = meeting ? toPublicMeeting(meeting) : null;
    if (!meeting || !view) continue;
    // An item waiting for a supplement is not among the public rows: it is not listed.
    const index = publicRows(meeting, view.kind).findIndex((i) => i.id === row.itemId);
    const item = view.items[index];
    if (index < 0 || !item || item.closed !== closed) continue;
    entries.push({
      meetingId: view.id,
      kind: view.kind,
      startsAt: view.startsAt,
      committee: view.committee,
      place: index + 1,
      item,
    });
  }
  return entries;
}
