import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { memberships, users } from "../../db/schema/index.ts";

/** Users holding a role on the committee (organisation-wide roles included), by name. */
export async function listCommitteePeople(
  db: Db | Tx,
  committee: { id: number; organisationId: number },
): Promise<{ id: number; name: string }[]> {
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        eq(users.organisationId, committee.organisationId),
        or(eq(memberships.committeeId, committee.id), isNull(memberships.committeeId)),
      ),
    )
    .orderBy(asc(users.name));
  return rows;
}
