import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { danishClock } from "../../i18n/da/clock.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { isSupplementItem } from "../agenda/supplement-item.ts";
import type { MeetingItem } from "../meeting/meeting.types.ts";

const m = webMessages.meeting;
const c = agendaCorrectionMessages.document;

/**
 * An item's heading wherever the agenda or minutes list it: »Punkt 7: Vejnavne i Nørreby
 * (tillægspunkt, 10.15-10.30)«, »Punkt 3: Salg af grund (trukket)«.
 */
export function itemHeading(item: {
  number: number;
  title: string;
  slotStart?: string | null;
  slotEnd?: string | null;
  /** Withdrawn: said in the heading, so the table of contents and bookmarks say it too. */
  withdrawn?: boolean;
  /** Added with a supplement: said in the heading, as a withdrawal is. */
  supplement?: boolean;
}): string {
  if (item.withdrawn) return `${m.item(item.number, item.title)} ${c.withdrawnMark}`;
  const notes = [
    item.supplement ? c.supplementMark : null,
    item.slotStart && item.slotEnd
      ? `${danishClock(item.slotStart)}-${danishClock(item.slotEnd)}`
      : null,
  ].filter((x) => x !== null);
  return notes.length > 0
    ? `${m.item(item.number, item.title)} (${notes.join(", ")})`
    : m.item(item.number, item.title);
}

/** A meeting's item as the room's pages head it: number, title, and whether it was added. */
export const roomItemHeading = (
  item: Pick<MeetingItem, "number" | "title" | "sent" | "publishedInVersion" | "withdrawnAt">,
) =>
  itemHeading({
    number: item.number,
    title: item.title,
    withdrawn: Boolean(item.withdrawnAt),
    supplement: isSupplementItem(item),
  });
