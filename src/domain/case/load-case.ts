import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { caseShares, cases } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { type CaseFacts, canReadCase } from "./case.policy.ts";
import type { CaseRow } from "./case-content.ts";

export type CaseRecord = CaseRow & CaseFacts;

/**
 * The case with the ids it is shared with, when the principal may read it; otherwise (also
 * when it does not exist or belongs to another organisation) a not-found DomainError, so no one
 * learns which cases exist. `lock` takes the row lock a change needs (SELECT … FOR UPDATE):
 * concurrent changes of one case wait for each other and then see the new version.
 */
export async function loadCase(
  db: Db | Tx,
  principal: Principal,
  caseId: number,
  options: { lock?: boolean } = {},
): Promise<CaseRecord> {
  if (!isRowId(caseId)) throw new DomainError("not_found", caseMessages.notFound);
  const where = and(eq(cases.id, caseId), eq(cases.organisationId, principal.user.organisationId));
  const query = db.select().from(cases).where(where);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("not_found", caseMessages.notFound);
  const shares = await db
    .select({ userId: caseShares.userId })
    .from(caseShares)
    .where(eq(caseShares.caseId, caseId));
  const record: CaseRecord = { ...row, sharedWith: shares.map((s) => s.userId) };
  if (!canReadCase(principal, record)) throw new DomainError("not_found", caseMessages.notFound);
  return record;
}

/**
 * A case to read: its id, or the record loadCase already returned for the same principal in
 * this request (so a page built from several reads loads and checks the case once).
 */
export type CaseRef = number | CaseRecord;

export function readCase(db: Db | Tx, principal: Principal, ref: CaseRef): Promise<CaseRecord> {
  return typeof ref === "number" ? loadCase(db, principal, ref) : Promise.resolve(ref);
}
