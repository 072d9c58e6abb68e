import { formatClock } from "./time-slot.ts";

export interface DateMatch {
  /** YYYY-MM-DD */
  iso: string;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  feb: 2,
  februar: 2,
  mar: 3,
  marts: 3,
  apr: 4,
  april: 4,
  maj: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const NUMERIC = /(?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})(?!\d)/;
const NAMED = /(?<!\d)(\d{1,2})\.?\s{0,3}([a-zæøå]{3,9})\.?\s{1,3}(\d{4})(?!\d)/i;
const CLOCK_AFTER_KL = /(?<![\p{L}\d])kl\.?\s{0,3}(\d{1,2})(?:[.:](\d{2}))?(?!\d)/iu;
const CLOCK_WITH_COLON = /(?<!\d)(\d{1,2}):(\d{2})(?!\d)/;

function toIso(year: number, month: number, day: number): string | null {
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function firstValid(
  text: string,
  pattern: RegExp,
  convert: (match: RegExpExecArray) => string | null,
): DateMatch | null {
  const global = new RegExp(pattern.source, `${pattern.flags}g`);
  for (let match = global.exec(text); match; match = global.exec(text)) {
    const iso = convert(match);
    if (iso) return { iso, index: match.index, length: match[0].length };
  }
  return null;
}

function candidates(text: string): DateMatch[] {
  const iso = firstValid(text, ISO, (m) => toIso(Number(m[1]), Number(m[2]), Number(m[3])));
  const numeric = firstValid(text, NUMERIC, (m) => toIso(Number(m[3]), Number(m[2]), Number(m[1])));
  const named = firstValid(text, NAMED, (m) => {
    const month = MONTHS[(m[2] ?? "").toLowerCase()];
    return month ? toIso(Number(m[3]), month, Number(m[1])) : null;
  });
  return [iso, numeric, named].filter((match): match is DateMatch => match !== null);
}

/**
 * The first date in a Danish text: "25. november 2021", "25-11-2021", "25.11.21" or
 * "2021-11-25". Null when there is none or it is not a real calendar date.
 */
export function findDanishDate(text: string): DateMatch | null {
  const found = candidates(text);
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

/** The start time "HH:MM" from "kl. 9.30", "kl. 09:00" or a bare "09:00"; null when none. */
export function findStartTime(text: string): string | null {
  const kl = CLOCK_AFTER_KL.exec(text);
  if (kl) return formatClock(kl[1] ?? "", kl[2]);
  const colon = CLOCK_WITH_COLON.exec(text);
  return colon ? formatClock(colon[1] ?? "", colon[2]) : null;
}
