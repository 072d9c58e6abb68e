import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { memberships, users } from "../../db/schema/index.ts";

/**
 * The people a case may be shared with: users of its organisation holding a role on its
 * committee (or everywhere), as shareCase decides, without its author, by name.
 */
export async function listCaseColleagues(
  db: Db,
  kase: { organisationId: number; committeeId: number | null; authorId: number | null },
): Promise<{ id: number; name: string }[]> {
  if (kase.committeeId === null) return [];
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(users.organisationId, kase.organisationId),
        or(isNull(memberships.committeeId), eq(memberships.committeeId, kase.committeeId)),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
  return rows.filter((u) => u.id !== kase.authorId);
}
