/**
 * Finding Danish CPR numbers (personnummer) in free text, so that public texts can be masked.
 *
 * A CPR number is DDMMYY-SSSS, written with a hyphen, a space or nothing between the date and
 * the serial. The date must exist: the century follows from the 7th digit (CPR-kontoret's
 * rule), so 29 February is accepted only in leap years. Modulus 11 is reported, not required,
 * since numbers issued after 2007 need not satisfy it.
 *
 * Numbers that only look similar are left alone: the ten digits must stand on their own, not
 * glued to letters or to other digits (an 11+ digit run, an account number such as
 * 1234-1234567890, a decimal), and the spaced form must not be one group of a longer spaced
 * number.
 */

export type CprForm = "hyphen" | "space" | "compact";

export interface CprFinding {
  /** UTF-16 offsets of the number in the text: text.slice(start, end) is the number as written. */
  start: number;
  end: number;
  /** The ten digits, without separator. */
  digits: string;
  form: CprForm;
  /** "YYYY-MM-DD" by the century rule. */
  birthDate: string;
  /** Whether the weighted digit sum (4,3,2,7,6,5,4,3,2,1) is divisible by 11. */
  modulus11: boolean;
}

const HYPHENS = "\\-\u2010\u2011\u2012\u2013";
const SPACES = " \u00a0\u202f";
/** Characters that glue digit groups into one longer number: 1234-5678, 1.234, 12,5, 12/3. */
const GLUE = `${HYPHENS}.,/`;

const CPR = new RegExp(
  // Not glued on the left: no letter or digit right before, no "+" (+45...), no digit-and-glue.
  `(?<![\\p{L}\\p{N}+])(?<!\\p{N}[${GLUE}])` +
    `(\\d{6})(?:([${HYPHENS}])|([${SPACES}]))?(\\d{4})` +
    // Not glued on the right: no letter or digit right after, no glue-and-digit.
    `(?![\\p{L}\\p{N}])(?![${GLUE}]\\p{N})`,
  "gu",
);
const SPACED_GROUP_BEFORE = new RegExp(`\\p{N}[${SPACES}]$`, "u");
const SPACED_GROUP_AFTER = new RegExp(`^[${SPACES}]\\p{N}`, "u");

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** Whether the weighted digit sum of a ten-digit CPR number is divisible by 11. */
export function holdsModulus11(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * (WEIGHTS[i] ?? 0);
  return sum % 11 === 0;
}

/** The full birth year of a CPR number from its two-digit year and its 7th digit. */
export function birthYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysIn(month: number, year: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The birth date of ten CPR digits as "YYYY-MM-DD", or null when there is no such day. */
export function cprBirthDate(digits: string): string | null {
  if (!/^\d{10}$/.test(digits)) return null;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = birthYear(Number(digits.slice(4, 6)), Number(digits[6]));
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return null;
  return `${year}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
}

/** Whether a CPR-shaped number with a real date starts at `at` (two numbers in a row). */
function cprStartsAt(text: string, at: number): boolean {
  const sticky = new RegExp(CPR.source, "uy");
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  return m !== null && cprBirthDate(`${m[1]}${m[4]}`) !== null;
}

/** Every CPR number in `text`, in order of appearance, none overlapping. */
export function findCprNumbers(text: string): CprFinding[] {
  const found: CprFinding[] = [];
  let lastEnd = -1;
  CPR.lastIndex = 0;
  for (let m = CPR.exec(text); m !== null; m = CPR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = `${m[1]}${m[4]}`;
    const spaced = m[3] !== undefined;
    const birthDate = cprBirthDate(digits);
    // "12 345678 9012" is one spaced number; two CPR numbers side by side are two.
    const partOfSpacedNumber =
      spaced &&
      ((SPACED_GROUP_BEFORE.test(text.slice(Math.max(0, start - 2), start)) &&
        lastEnd !== start - 1) ||
        (SPACED_GROUP_AFTER.test(text.slice(end, end + 2)) && !cprStartsAt(text, end + 1)));
    if (!birthDate || partOfSpacedNumber) {
      // A later number may start inside this one's digits only after a boundary; try the next.
      CPR.lastIndex = start + 1;
      continue;
    }
    lastEnd = end;
    found.push({
      start,
      end,
      digits,
      form: m[2] !== undefined ? "hyphen" : spaced ? "space" : "compact",
      birthDate,
      modulus11: holdsModulus11(digits),
    });
  }
  return found;
}
