import type { Db, Tx } from "../../db/client.ts";
import { type IndexOptions, indexMeetings } from "../../search/index-meetings.ts";

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
  | "attachment_removed"
  | "case_edited"
  | "minutes_published"
  | "minutes_corrected"
  | "minutes_approved"
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

/**
 * The one gate through which what the public sees of a meeting changes. Every write that can
 * change a public surface calls it in the same transaction, after the write.
 */
export async function refreshPublicView(
  tx: Db | Tx,
  change: PublicChange,
  options: IndexOptions = {},
): Promise<void> {
  await indexMeetings(tx, change.meetingIds, options);
}
