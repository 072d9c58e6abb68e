import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import {
  agendaItemOpenings,
  agendaItems,
  agendaReads,
  attachments,
  memberNotes,
} from "../../db/schema/index.ts";
import { isOpened } from "./agenda-read-rule.ts";

export interface ItemReadingState {
  /** The member's private note, "" when none. */
  note: string;
  /** When the note was last saved (ISO), "" when none: the base a later save is checked against. */
  noteUpdatedAt: string;
  /** Since the member last marked the agenda read: new item, changed item, new bilag. */
  isNew: boolean;
  changed: boolean;
  newAttachments: number;
  /** The member has opened the item as it is now (agenda-read-rule.ts). */
  opened: boolean;
}

export interface ReadingState {
  readAt: Date | null;
  items: Map<number, ItemReadingState>;
}

/**
 * What one member sees of their own reading: their private notes (theirs only), when they last
 * marked the agenda read, and per item whether it is new, changed or has new bilag since then.
 */
export async function getReadingState(
  db: Db,
  userId: number,
  meeting: { id: number },
): Promise<ReadingState> {
  const items = await db
    .select({
      id: agendaItems.id,
      caseId: agendaItems.caseId,
      publishedInVersion: agendaItems.publishedInVersion,
      updatedAt: agendaItems.updatedAt,
      createdAt: agendaItems.createdAt,
    })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id));
  const [read] = await db
    .select({ readAt: agendaReads.readAt })
    .from(agendaReads)
    .where(and(eq(agendaReads.userId, userId), eq(agendaReads.meetingId, meeting.id)));
  const ids = items.map((i) => i.id);
  const notes =
    ids.length === 0
      ? []
      : await db
          .select({
            itemId: memberNotes.agendaItemId,
            body: memberNotes.body,
            updatedAt: memberNotes.updatedAt,
          })
          .from(memberNotes)
          .where(and(eq(memberNotes.userId, userId), inArray(memberNotes.agendaItemId, ids)));
  const openings =
    ids.length === 0
      ? []
      : await db
          .select({
            itemId: agendaItemOpenings.agendaItemId,
            openedAt: agendaItemOpenings.openedAt,
          })
          .from(agendaItemOpenings)
          .where(
            and(
              eq(agendaItemOpenings.userId, userId),
              inArray(agendaItemOpenings.agendaItemId, ids),
            ),
          );
  const openedAt = new Map(openings.map((o) => [o.itemId, o.openedAt]));
  const readAt = read?.readAt ?? null;
  const files =
    readAt === null || ids.length === 0
      ? []
      : await db
          .select({
            itemId: attachments.agendaItemId,
            caseId: attachments.caseId,
            createdAt: attachments.createdAt,
          })
          .from(attachments)
          .where(inArray(attachments.agendaItemId, ids));
  const noteOf = new Map(notes.map((n) => [n.itemId, n]));
  const state = new Map<number, ItemReadingState>();
  for (const item of items) {
    const fresh = files.filter(
      (f) => f.itemId === item.id && readAt !== null && f.createdAt > readAt,
    );
    // A supplement's item reaches members when the supplement goes out, not when it was made.
    const isNew =
      readAt !== null &&
      (item.createdAt > readAt || ((item.publishedInVersion ?? 0) > 1 && item.updatedAt > readAt));
    state.set(item.id, {
      note: noteOf.get(item.id)?.body ?? "",
      noteUpdatedAt: noteOf.get(item.id)?.updatedAt.toISOString() ?? "",
      isNew,
      changed: readAt !== null && !isNew && item.updatedAt > readAt,
      newAttachments: fresh.length,
      opened: isOpened(item, openedAt.get(item.id)),
    });
  }
  return { readAt, items: state };
}
