import { eq, max, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { cases, revisions } from "../../db/schema/index.ts";
import type { CaseStatus } from "./case.policy.ts";
import type { CaseRow } from "./case-content.ts";

/**
 * Moves a locked case to a new status (and approver), bumping its version so an editor
 * still open on the old state gets a conflict instead of saving over it. Returns the new
 * version and the case's latest revision number, for the audit entry and the history.
 */
export async function setCaseStatus(
  tx: Tx,
  kase: CaseRow,
  status: CaseStatus,
  approverId: number | null = kase.approverId,
): Promise<{ version: number; revision: number | null }> {
  const version = kase.version + 1;
  await tx
    .update(cases)
    .set({ status, approverId, version, updatedAt: sql`now()` })
    .where(eq(cases.id, kase.id));
  const [last] = await tx
    .select({ n: max(revisions.number) })
    .from(revisions)
    .where(eq(revisions.caseId, kase.id));
  return { version, revision: last?.n ?? null };
}
