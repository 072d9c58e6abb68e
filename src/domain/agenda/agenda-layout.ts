/**
 * Time slots of an agenda: each item starts where the one before it ended, from the meeting's
 * start and each item's estimate. Pure, so the page, the use cases and tests share it.
 */

export interface SlotInput {
  id: number;
  durationMinutes: number | null;
  /** A withdrawn item is not treated: it takes no time and gets no slot. */
  withdrawn?: boolean;
}

/** The minutes an item takes in the plan. */
const minutesOf = (item: SlotInput) =>
  item.withdrawn ? 0 : Math.max(0, item.durationMinutes ?? 0);

/** An item the plan gives no time and no slot: no estimate, or none above 0. */
export const takesNoTime = (item: SlotInput) => minutesOf(item) === 0;

export interface Slot {
  id: number;
  /** "HH:MM", or null for an item without an estimate or withdrawn (it takes no time). */
  slotStart: string | null;
  slotEnd: string | null;
}

export const MINUTES_PER_DAY = 24 * 60;

/** Minutes after midnight of "09:30" or the time part of "2025-03-12 09:30:00"; null if none. */
export function minutesOfDay(value: string | null | undefined): number | null {
  const match = /(?:^|[ T])(\d{2}):(\d{2})(?::\d{2})?$/.exec(value ?? "");
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** "09:05" from 545. */
export function clockOf(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** The slots of the items in their order, starting at the meeting's start time. */
export function computeSlots(startsAt: string, items: readonly SlotInput[]): Slot[] {
  const start = minutesOfDay(startsAt);
  if (start === null) return items.map((i) => ({ id: i.id, slotStart: null, slotEnd: null }));
  let at = start;
  return items.map((item) => {
    const minutes = minutesOf(item);
    if (minutes <= 0) return { id: item.id, slotStart: null, slotEnd: null };
    const slot = { id: item.id, slotStart: clockOf(at), slotEnd: clockOf(at + minutes) };
    at += minutes;
    return slot;
  });
}

export interface AgendaTiming {
  /** Sum of the items' estimates. */
  plannedMinutes: number;
  /** The meeting's length, or null when it has no end time. */
  availableMinutes: number | null;
  /** How many minutes the items run past the meeting's end (0 when they fit). */
  overrunMinutes: number;
  /** "HH:MM" when the last item ends. */
  endsAt: string | null;
}

/** Whether the items fit between the meeting's start and end. */
export function agendaTiming(
  meeting: { startsAt: string; endsAt: string | null },
  items: readonly SlotInput[],
): AgendaTiming {
  const plannedMinutes = items.reduce((sum, i) => sum + minutesOf(i), 0);
  const start = minutesOfDay(meeting.startsAt);
  const end = minutesOfDay(meeting.endsAt);
  const availableMinutes =
    start === null || end === null
      ? null
      : end > start
        ? end - start
        : end + MINUTES_PER_DAY - start;
  return {
    plannedMinutes,
    availableMinutes,
    overrunMinutes: availableMinutes === null ? 0 : Math.max(0, plannedMinutes - availableMinutes),
    endsAt: start === null ? null : clockOf(start + plannedMinutes),
  };
}
