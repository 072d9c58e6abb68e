import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { caseViews } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import type { CaseRecord } from "./load-case.ts";

/** The revision of the case the principal last opened, or null when they never did. */
export async function lastSeenRevision(
  db: Db,
  principal: Principal,
  kase: CaseRecord,
): Promise<number | null> {
  const [row] = await db
    .select({ revision: caseViews.revision })
    .from(caseViews)
    .where(and(eq(caseViews.caseId, kase.id), eq(caseViews.userId, principal.user.id)));
  return row?.revision ?? null;
}

/**
 * Records that the principal has seen the case as of a revision: one upsert per view of the
 * case page (assets and other requests record nothing). The case was read through loadCase.
 */
export async function recordCaseView(
  db: Db,
  principal: Principal,
  kase: CaseRecord,
  revision: number,
): Promise<void> {
  await db
    .insert(caseViews)
    .values({ caseId: kase.id, userId: principal.user.id, revision })
    .onConflictDoUpdate({
      target: [caseViews.caseId, caseViews.userId],
      set: { revision, seenAt: new Date() },
    });
}
