import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { committees } from "../../db/schema/index.ts";
import { canViewCommittee, type Principal } from "./access.policy.ts";

/** A committee of the principal's organisation that the principal has a role on, else null. */
export async function findVisibleCommittee(db: Db | Tx, principal: Principal, committeeId: number) {
  if (!isRowId(committeeId)) return null;
  const [row] = await db
    .select()
    .from(committees)
    .where(
      and(
        eq(committees.id, committeeId),
        eq(committees.organisationId, principal.user.organisationId),
      ),
    );
  return row && canViewCommittee(principal, row) ? row : null;
}
