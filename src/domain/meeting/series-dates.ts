/** How a series of meetings repeats. */
export const REPEATS = ["none", "weekly", "biweekly", "fourweekly", "monthly"] as const;
export type Repeat = (typeof REPEATS)[number];

const DAY_MS = 86_400_000;
const parse = (date: string) => new Date(`${date}T12:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The dates of a series starting on `first` ("YYYY-MM-DD"). Weekly rhythms add whole weeks;
 * "monthly" keeps the weekday and its place in the month (2nd Wednesday), or the last one when
 * the first date is in the month's last week (last Thursday).
 */
export function seriesDates(first: string, repeat: Repeat, count: number): string[] {
  if (repeat === "none") return [first];
  const start = parse(first);
  if (repeat !== "monthly") {
    const weeks = repeat === "weekly" ? 1 : repeat === "biweekly" ? 2 : 4;
    return Array.from({ length: count }, (_, i) =>
      iso(new Date(start.getTime() + i * weeks * 7 * DAY_MS)),
    );
  }
  const weekday = start.getUTCDay();
  const nth = Math.floor((start.getUTCDate() - 1) / 7);
  const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const last = start.getUTCDate() + 7 > daysInMonth(start.getUTCFullYear(), start.getUTCMonth());
  const dates: string[] = [];
  for (let i = 0; i < count; i++) {
    const y = start.getUTCFullYear();
    const month = start.getUTCMonth() + i;
    const firstOfMonth = new Date(Date.UTC(y, month, 1, 12));
    const offset = (weekday - firstOfMonth.getUTCDay() + 7) % 7;
    let day = 1 + offset + nth * 7;
    const length = daysInMonth(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth());
    if (last || day > length) {
      day = 1 + offset;
      while (day + 7 <= length) day += 7;
    }
    dates.push(
      iso(new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth(), day, 12))),
    );
  }
  return dates;
}
