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
