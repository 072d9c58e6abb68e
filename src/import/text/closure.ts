/** "Lukket punkt: Salg af grund", "Lukket: …", "Salg af grund (lukket punkt)", "Salg af grund - Lukket" */
const PREFIX = /^lukket(?:\s+punkt)?\s*[:\-–]\s*/i;
const SUFFIX = /(?:\(\s*lukket(?:\s+punkt)?\s*\)|[-–]\s*lukket(?:\s+punkt)?)$/i;

/** Splits a closed-item marker off a title; closed is true when the title carried one. */
export function splitClosedMarker(title: string): { title: string; closed: boolean } {
  if (PREFIX.test(title)) return { title: title.replace(PREFIX, "").trim(), closed: true };
  if (SUFFIX.test(title)) return { title: title.replace(SUFFIX, "").trim(), closed: true };
  return { title, closed: /^lukket punkt$/i.test(title.trim()) };
}

/** A body that says only "Lukket punkt." is what public exports print for closed items. */
export function isClosedPlaceholder(text: string): boolean {
  return /^lukket punkt\.?$/i.test(text.trim());
}
