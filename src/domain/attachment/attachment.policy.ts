import type { FullMeeting } from "../meeting/meeting.types.ts";
import { type PublicMeeting, toPublicMeeting } from "../publication/publication.policy.ts";

/**
 * Whether the public may fetch this attachment's file through this meeting: only when the
 * publication policy lists it among an open item's attachments (it decides everything else:
 * published or not, closed items, private attachments) and the file is stored.
 */
export function isPublicAttachment(meeting: FullMeeting, attachmentId: number): boolean {
  const view = toPublicMeeting(meeting);
  return !!view && publicPlacesOf(view, attachmentId).length > 0;
}

/** The 1-based places of the public view's open items that list this stored attachment. */
export function publicPlacesOf(view: PublicMeeting, attachmentId: number): number[] {
  return view.items.flatMap((item, i) =>
    !item.closed && item.attachments.some((a) => a.id === attachmentId && a.stored) ? [i + 1] : [],
  );
}

/**
 * Whether a staff user may fetch this attachment through a meeting: when the meeting as they
 * see it (meetingSeenBy, null for no access) lists it on one of its items, so an item's bilag
 * follows the item (an item waiting for its supplement hides its bilag from members).
 */
export function isListedAttachment(seen: FullMeeting | null, attachmentId: number): boolean {
  return !!seen?.items.some((item) => item.attachments.some((a) => a.id === attachmentId));
}
