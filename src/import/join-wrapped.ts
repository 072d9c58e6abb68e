/** Words after which a line-end hyphen is a suspended compound ("Trivsels- og APV-måling"). */
const SUSPENSION = /^(og|eller|samt|som|til)\b/i;

/**
 * Joins a line that wrapped onto the next: "uddannelses-" + "strategi" (a hyphenation) gives
 * "uddannelsesstrategi", "KB-" + "temamøde" keeps its hyphen, "Trivsels-" + "og" keeps the
 * space, and anything else is joined with a space.
 */
export function joinWrapped(previous: string, next: string): string {
  const compound = /[\p{L}\p{N}]-$/u.test(previous) && /^\p{L}/u.test(next);
  if (!compound || SUSPENSION.test(next)) return `${previous} ${next}`;
  const hyphenated = /\p{Ll}-$/u.test(previous) && /^\p{Ll}/u.test(next);
  return hyphenated ? previous.slice(0, -1) + next : previous + next;
}
