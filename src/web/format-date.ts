import { webMessages } from "../i18n/da/web.ts";

const m = webMessages.date;
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/;

interface Parts {
  year: number;
  month: number;
  day: number;
  time: string | null;
}

function parse(value: string): Parts | null {
  const match = WALL_CLOCK.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    time: h && mi ? `${h}.${mi}` : null,
  };
}

/** "torsdag den 25. november 2021 kl. 09.00" from a local wall-clock "2021-11-25 09:00:00". */
export function formatMeetingDate(startsAt: string): string {
  const p = parse(startsAt);
  if (!p) return startsAt;
  const weekday = m.weekdays[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()] ?? "";
  const month = m.months[p.month - 1] ?? "";
  return m.long(weekday, p.day, month, p.year, p.time ?? "00.00");
}

/** "25. november 2021". */
export function formatShortDate(startsAt: string): string {
  const p = parse(startsAt);
  if (!p) return startsAt;
  return `${p.day}. ${m.months[p.month - 1] ?? ""} ${p.year}`;
}

/** The machine-readable value for a <time datetime>: "2021-11-25T09:00". */
export function isoLocal(startsAt: string): string {
  const p = parse(startsAt);
  if (!p) return startsAt;
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return p.time ? `${date}T${p.time.replace(".", ":")}` : date;
}
