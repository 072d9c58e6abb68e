/**
 * Meetings are stored as local wall-clock times in Europe/Copenhagen ("2025-03-12 09:00:00").
 * These helpers convert between such times and instants.
 */

const ZONE = "Europe/Copenhagen";
const format = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The wall-clock time in Copenhagen at an instant: "2025-03-12 09:00:00". */
export function copenhagenWallClock(at: Date): string {
  const p = Object.fromEntries(format.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** The date in Copenhagen at an instant (now by default): "2025-03-12". */
export const copenhagenDate = (at: Date = new Date()): string =>
  copenhagenWallClock(at).slice(0, 10);

/** Whether a meeting starting at `startsAt` (wall clock) is on a later day than `now`. */
export const beforeMeetingDay = (startsAt: string, now = new Date()) =>
  startsAt.slice(0, 10) > copenhagenDate(now);

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/;

/** Milliseconds as if the wall-clock time were UTC, or NaN when it is not one. */
function asUtc(wallClock: string): number {
  const m = WALL_CLOCK.exec(wallClock);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, h, mi, s || 0);
}

/** The instant of a Copenhagen wall-clock time (the second one in the autumn's repeated hour). */
export function copenhagenToInstant(wallClock: string): Date | null {
  const local = asUtc(wallClock);
  if (Number.isNaN(local)) return null;
  // The zone's offset at a guess, then again at the corrected instant (DST changes).
  let instant = local;
  for (let i = 0; i < 2; i++) {
    const offset = asUtc(copenhagenWallClock(new Date(instant))) - instant;
    instant = local - offset;
  }
  return new Date(instant);
}
