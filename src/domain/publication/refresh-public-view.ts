import { inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { meetings, searchDocuments } from "../../db/schema/index.ts";
import { type IndexOptions, indexMeetings } from "../../search/index-meetings.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { publicViewEvents } from "./public-view-events.ts";
import { publicationKind } from "./publication.policy.ts";

/** What kind of write changed what the public may see of a meeting. */
export type PublicChangeKind =
  | "agenda_published"
  | "agenda_corrected"
  | "item_added"
  | "item_updated"
  | "item_moved"
  | "item_removed"
  | "item_withdrawn"
  | "attachment_added"
  | "attachment_updated"
  | "attachment_replaced"
  | "attachment_removed"
  | "case_edited"
  | "meeting_held"
  | "minutes_published"
  | "minutes_corrected"
  | "minutes_approved"
  | "minutes_signed"
  | "protocol_note_accepted"
  | "recording_changed"
  | "imported"
  | "privacy_confirmed";

export interface PublicChange {
  kind: PublicChangeKind;
  meetingIds: number[];
  /** Who made the change; null for the command line. */
  actorId: number | null;
  /** What changed, for the record (item ids, titles, reasons). */
  detail?: Record<string, unknown>;
}

export interface PublicRefresh {
  /** The meetings the public could or can see, brought in line; the others were left alone. */
  meetingIds: number[];
}

/**
 * The one gate through which what the public sees of a meeting changes. Every write that can
 * change a public surface calls it in the same transaction, after the write. For each meeting
 * that is public now, or was (it is in the search index), it
 * - stamps the time of the change (publicChangedAt: the OParl API's `modified` and its
 *   `modified_since` filter),
 * - rebuilds the meeting's search documents from toPublicMeeting() (a meeting no longer public
 *   leaves the index),
 * - records `publication.changed` in the audit log with the kind and detail,
 * - signals publicViewEvents, on which the HTTP layer empties its public page and document
 *   caches (and, since a page may be rendered from the old state until this transaction
 *   commits, empties them again when the request that wrote has finished).
 * Meetings never public (a planned agenda being assembled) cost one query and leave no trace.
 */
export async function refreshPublicView(
  tx: Db | Tx,
  change: PublicChange,
  options: IndexOptions = {},
): Promise<PublicRefresh> {
  const ids = [...new Set(change.meetingIds)];
  if (ids.length === 0) return { meetingIds: [] };
  const rows = await tx
    .select({
      id: meetings.id,
      organisationId: meetings.organisationId,
      status: meetings.status,
      agendaPublishedAt: meetings.agendaPublishedAt,
      minutesPublishedAt: meetings.minutesPublishedAt,
    })
    .from(meetings)
    .where(inArray(meetings.id, ids));
  const indexed = new Set(
    (
      await tx
        .selectDistinct({ id: searchDocuments.meetingId })
        .from(searchDocuments)
        .where(inArray(searchDocuments.meetingId, ids))
    ).map((r) => r.id),
  );
  const touched = rows.filter((r) => publicationKind(r) !== null || indexed.has(r.id));
  if (touched.length === 0) return { meetingIds: [] };
  const meetingIds = touched.map((r) => r.id);
  // The time of the write, not of the transaction's start, so a client asking for changes
  // since its last visit misses as little as possible of a long transaction.
  await tx
    .update(meetings)
    .set({ publicChangedAt: sql`clock_timestamp()` })
    .where(inArray(meetings.id, meetingIds));
  await indexMeetings(tx, meetingIds, options);
  for (const row of touched) {
    await recordAudit(tx, {
      organisationId: row.organisationId,
      actorId: change.actorId,
      action: "publication.changed",
      entityType: "meeting",
      entityId: row.id,
      data: { kind: change.kind, public: publicationKind(row), ...change.detail },
    });
  }
  publicViewEvents.emit({ ...change, meetingIds });
  return { meetingIds };
}
