import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attachments } from "../../db/schema/index.ts";
import { publicPlacesOf } from "../attachment/attachment.policy.ts";
import { findAttachmentOwners } from "../attachment/find-attachment-owners.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { type PublicOpenItem, toPublicMeeting } from "./publication.policy.ts";

export interface PublicAttachmentEntry {
  attachment: PublicOpenItem["attachments"][number];
  /** Where the public view shows it: meeting and 1-based item place. */
  shownAt: { meetingId: number; place: number }[];
}

/** A bilag as the public sees it, with every public item that lists it; null when none does. */
export async function findPublicAttachment(
  db: Db,
  id: number,
): Promise<PublicAttachmentEntry | null> {
  const [row] = await db
    .select({ agendaItemId: attachments.agendaItemId, caseId: attachments.caseId })
    .from(attachments)
    .where(eq(attachments.id, id));
  if (!row) return null;
  let attachment: PublicAttachmentEntry["attachment"] | undefined;
  const shownAt: PublicAttachmentEntry["shownAt"] = [];
  for (const meetingId of (await findAttachmentOwners(db, row)).meetingIds) {
    const full = await getMeeting(db, meetingId);
    const view = full ? toPublicMeeting(full) : null;
    if (!view) continue;
    for (const place of publicPlacesOf(view, id)) {
      const item = view.items[place - 1];
      attachment ??= item && !item.closed ? item.attachments.find((a) => a.id === id) : undefined;
      shownAt.push({ meetingId, place });
    }
  }
  return attachment ? { attachment, shownAt } : null;
}
