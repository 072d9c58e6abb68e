import type { Db } from "../../db/client.ts";
import { listRosterOn } from "../roster/list-roster.ts";
import type { RosterRole } from "../roster/roster-rules.ts";

/**
 * A committee member as the public sees them: what the minutes print about the people at the
 * table (name, title, party) and their place in the committee. Never an e-mail address or a
 * link to a user.
 */
export interface PublicMember {
  name: string;
  title: string | null;
  party: string | null;
  role: RosterRole;
}

/**
 * The members of a committee with public meetings on a date: formand, næstformand and members
 * (as a meeting that day invites them; substitutes are called in per meeting), formand first.
 * Empty for a committee without a roster.
 */
export async function listPublicMembers(
  db: Db,
  committeeId: number,
  date: string,
): Promise<PublicMember[]> {
  const entries = await listRosterOn(db, committeeId, date);
  return entries.map(({ name, title, party, role }) => ({ name, title, party, role }));
}
