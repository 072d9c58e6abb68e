/**
 * As minutes print a roster person after the name: a politician of a political committee as
 * »Borgmester, A« or just the party, anyone else by their title alone. A party is said only in
 * a political committee: in an administrative forum the roster's »party« is a group or a union
 * (FOA, HK), which is personal data the minutes do not print.
 */
export function rosterTitle(
  p: { title: string | null; party: string | null },
  political: boolean,
): string | null {
  const parts = [p.title, political ? p.party : null].filter((x): x is string => Boolean(x));
  return parts.length > 0 ? parts.join(", ") : null;
}

/**
 * What follows a participant's name where the meeting lists them: », title« and » (party)«.
 * A participant invited from a roster of a political committee has the party in the title
 * already (»Borgmester, A«, list-invitees.ts); it is not said twice.
 */
export function afterParticipantName(p: { title?: string | null; party?: string | null }): string {
  const title = p.title?.trim() || null;
  const party = p.party?.trim() || null;
  const named =
    title !== null && party !== null && (title === party || title.endsWith(`, ${party}`));
  return `${title ? `, ${title}` : ""}${party && !named ? ` (${party})` : ""}`;
}
