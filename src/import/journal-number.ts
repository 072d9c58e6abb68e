/**
 * KLE journal number: subject (emne) `00.01.00`, action facet (handlingsfacet) of one capital
 * letter (Æ, Ø and Å included) and two digits, serial number, and a 2- or 4-digit year,
 * e.g. `00.01.00-A21-2-20`.
 */
export const KLE_JOURNAL_NUMBER = /^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,6}-(?:\d{2}|\d{4})$/;

const LABEL_PREFIX =
  /^(?:sags?\.?\s?nr\.?|sagsnummer|journal\.?\s?nr\.?|journalnummer|j\.\s?nr\.?)\s?:?\s*/i;

/** True when the value is exactly a KLE journal number. */
export function isJournalNumber(value: string): boolean {
  return KLE_JOURNAL_NUMBER.test(value);
}

/**
 * The journal number on a line that holds only a journal number, optionally after a
 * "Sagsnr."/"Journalnr." label; null otherwise.
 */
export function journalNumberFromLine(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 60) return null;
  const value = trimmed.replace(LABEL_PREFIX, "").trim();
  return isJournalNumber(value) ? value : null;
}
