import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { memberships, users } from "../../db/schema/index.ts";

export interface CommitteeMember {
  userId: number;
  name: string;
  title: string | null;
}

/** The users holding the member role on this committee, by name: the people a meeting invites. */
export async function listCommitteeMembers(
  db: Db | Tx,
  committee: { id: number; organisationId: number },
): Promise<CommitteeMember[]> {
  const rows = await db
    .selectDistinct({ userId: users.id, name: users.name, title: users.title })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.committeeId, committee.id),
        eq(memberships.organisationId, committee.organisationId),
        eq(memberships.role, "member"),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
  return rows;
}
