/**
 * Danish working days (hverdage): Monday to Friday except public holidays. Dates are plain
 * "YYYY-MM-DD" strings, as meetings are local wall-clock times.
 */

const day = (date: string) => new Date(`${date}T12:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

function addDays(date: string, days: number): string {
  const d = day(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
}

const holidayCache = new Map<number, Set<string>>();

/**
 * Public holidays and the days municipal offices close: New Year, Maundy Thursday, Good Friday,
 * Easter Monday, Ascension Day, Whit Monday, Constitution Day, Christmas Eve to Boxing Day and
 * New Year's Eve. (Store Bededag is a working day from 2024.)
 */
export function danishHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const e = easter(year);
  const days = new Set([
    `${year}-01-01`,
    addDays(e, -3),
    addDays(e, -2),
    addDays(e, 1),
    addDays(e, 39),
    addDays(e, 50),
    `${year}-06-05`,
    `${year}-12-24`,
    `${year}-12-25`,
    `${year}-12-26`,
    `${year}-12-31`,
  ]);
  if (year < 2024) days.add(addDays(e, 26));
  holidayCache.set(year, days);
  return days;
}

export function isWorkingDay(date: string): boolean {
  const weekday = day(date).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !danishHolidays(Number(date.slice(0, 4))).has(date);
}

/** Working days strictly after `from` and strictly before `to` (both "YYYY-MM-DD"). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) {
    if (isWorkingDay(d)) count++;
  }
  return count;
}

/** The legal notice for political committees: the agenda reaches members 4 working days before. */
export const POLITICAL_LEAD_WORKING_DAYS = 4;

/**
 * The last date an agenda can be sent and still give `lead` whole working days before the
 * meeting date.
 */
export function latestNoticeDate(meetingDate: string, lead = POLITICAL_LEAD_WORKING_DAYS): string {
  let date = addDays(meetingDate, -1);
  let found = 0;
  while (found < lead) {
    if (isWorkingDay(date)) found++;
    date = addDays(date, -1);
  }
  return date;
}
