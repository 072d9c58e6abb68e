import type { PrivacyFinding } from "./list-privacy-findings.ts";

/** What the public will not see, or sees though it should not, as counts for a summary. */
export interface PrivacySummary {
  /** CPR-shaped numbers not confirmed as something else: masked in public texts. */
  maskedNumbers: number;
  /** Bilag held back from the public because their text has such a number. */
  withheldAttachments: number;
  /** Bilag with such a number stored before bilag were scanned: shown to the public. */
  shownAttachments: number;
}

/** Counts a meeting's findings (listPrivacyFindings) that no one has confirmed. */
export function summariseFindings(findings: PrivacyFinding[]): PrivacySummary {
  const open = findings.filter((f) => !f.confirmed);
  const attachments = (scanned: boolean) =>
    new Set(open.flatMap((f) => (f.attachment?.scanned === scanned ? [f.attachment.id] : []))).size;
  return {
    maskedNumbers: open.filter((f) => !f.attachment).length,
    withheldAttachments: attachments(true),
    shownAttachments: attachments(false),
  };
}
