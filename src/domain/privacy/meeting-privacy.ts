import type { IsConfirmed } from "./mask-cpr-numbers.ts";
import { numberHash } from "./number-hash.ts";

/**
 * What the public view of a meeting needs to know about personal data, loaded with the
 * meeting: the organisation's hashing key (null while it has none, so nothing is confirmed),
 * the keyed hashes of numbers a secretary confirmed as not CPR numbers, and per scanned bilag
 * the hashes of the CPR numbers in its text.
 */
export interface MeetingPrivacy {
  key: string | null;
  confirmed: string[];
  /** Attachment id -> hashes found in its text; a bilag not listed was not scanned. */
  attachmentScans: Record<number, string[]>;
}

export const NO_PRIVACY_DATA: MeetingPrivacy = { key: null, confirmed: [], attachmentScans: {} };

/** Whether a number was confirmed as not a CPR number on this meeting. */
export function confirmedCheck(privacy: MeetingPrivacy | undefined): IsConfirmed {
  const key = privacy?.key;
  if (!key || privacy.confirmed.length === 0) return () => false;
  const confirmed = new Set(privacy.confirmed);
  return (digits) => confirmed.has(numberHash(key, digits));
}

/** Whether a bilag is held back: its text has a CPR number nobody confirmed as something else. */
export function isWithheldAttachment(
  privacy: MeetingPrivacy | undefined,
  attachmentId: number,
): boolean {
  const found = privacy?.attachmentScans[attachmentId] ?? [];
  if (found.length === 0) return false;
  const confirmed = new Set(privacy?.confirmed ?? []);
  return found.some((hash) => !confirmed.has(hash));
}
