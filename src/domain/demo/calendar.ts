/** Plain calendar dates ("YYYY-MM-DD") without time zones: meetings are local wall-clock times. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** Meeting dates spread evenly from `from` to `to`, moved off weekends and out of July. */
export function meetingDates(from: string, to: string, perYear: number): string[] {
  const step = Math.max(1, Math.round(365 / perYear));
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, step)) {
    let d = date;
    if (d.slice(5, 7) === "07")
      d = `${d.slice(0, 5)}08-0${Math.min(9, Number(d.slice(8, 10)) % 9) + 1}`;
    const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (weekday === 0) d = addDays(d, 2);
    if (weekday === 6) d = addDays(d, 3);
    if (weekday === 1) d = addDays(d, 1);
    if (dates.at(-1) !== d && d <= to) dates.push(d);
  }
  return dates;
}
