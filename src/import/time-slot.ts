export interface TimeSlot {
  start: string;
  end: string;
}

export interface TitleTiming {
  title: string;
  timeSlot: TimeSlot | null;
  durationMinutes: number | null;
}

const SLOT =
  /^\(\s*(kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?\s*[-–—]\s*(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?\s*\)$/i;
const DURATION = /^\(\s*(?:ca\.?\s*)?(\d{1,3})\s*(?:min\.?|minutter)\s*\)$/i;

/** "HH:MM" from an hour and optional minutes, or null when out of range. */
export function formatClock(hours: string, minutes = "00"): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 24 || m > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** A time slot such as "(9.30-10.15)" or "(kl. 8.30 - 9.30)", or null. */
export function parseTimeSlot(text: string): TimeSlot | null {
  const match = SLOT.exec(text.trim());
  if (!match) return null;
  const [, kl, h1 = "", m1, h2 = "", m2] = match;
  if (!kl && m1 === undefined && m2 === undefined) return null;
  const start = formatClock(h1, m1);
  const end = formatClock(h2, m2);
  return start && end ? { start, end } : null;
}

/** Minutes from an estimate such as "(20 min.)", or null. */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/** Length of a time slot in minutes, or null when it does not run forward. */
export function slotMinutes(slot: TimeSlot): number | null {
  const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
  const minutes = toMinutes(slot.end) - toMinutes(slot.start);
  return minutes > 0 ? minutes : null;
}

/** Removes a trailing time slot and/or duration from an item title. */
export function splitTitleTiming(rawTitle: string): TitleTiming {
  let title = rawTitle.trim();
  let timeSlot: TimeSlot | null = null;
  let durationMinutes: number | null = null;
  for (let round = 0; round < 2 && title.endsWith(")"); round++) {
    const open = title.lastIndexOf("(");
    if (open < 0) break;
    const tail = title.slice(open);
    const slot: TimeSlot | null = timeSlot ? null : parseTimeSlot(tail);
    const duration: number | null = durationMinutes === null ? parseDuration(tail) : null;
    if (slot) timeSlot = slot;
    else if (duration !== null) durationMinutes = duration;
    else break;
    title = title.slice(0, open).trimEnd();
  }
  return { title, timeSlot, durationMinutes };
}
