import type { MeetingItem } from "../meeting/meeting.types.ts";

/**
 * An item added after the agenda went out: sent with a supplement (tillægsdagsorden), or
 * waiting to be. Its heading says so wherever the agenda or minutes list it.
 */
export const isSupplementItem = (item: Pick<MeetingItem, "sent" | "publishedInVersion">) =>
  !item.sent || (item.publishedInVersion ?? 0) > 1;
