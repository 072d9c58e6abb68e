import { and, desc, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.ts";
import { caseShares, cases, committees, users } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";

const approvers = alias(users, "approvers");

export interface CaseSummary {
  id: number;
  title: string;
  purpose: string | null;
  status: string;
  version: number;
  committee: { id: number; name: string } | null;
  author: { id: number; name: string } | null;
  approver: { id: number; name: string } | null;
  updatedAt: Date;
}

async function summaries(db: Db, where: SQL | undefined): Promise<CaseSummary[]> {
  const rows = await db
    .select({
      id: cases.id,
      title: cases.title,
      purpose: cases.purpose,
      status: cases.status,
      version: cases.version,
      committeeId: committees.id,
      committeeName: committees.name,
      authorId: users.id,
      authorName: users.name,
      approverId: approvers.id,
      approverName: approvers.name,
      updatedAt: cases.updatedAt,
    })
    .from(cases)
    .leftJoin(committees, eq(committees.id, cases.committeeId))
    .leftJoin(users, eq(users.id, cases.authorId))
    .leftJoin(approvers, eq(approvers.id, cases.approverId))
    .where(where)
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(500);
  const pair = (id: number | null, name: string | null) =>
    id !== null && name !== null ? { id, name } : null;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    purpose: r.purpose,
    status: r.status,
    version: r.version,
    committee: pair(r.committeeId, r.committeeName),
    author: pair(r.authorId, r.authorName),
    approver: pair(r.approverId, r.approverName),
    updatedAt: r.updatedAt,
  }));
}

/**
 * The cases on the principal's desk, newest change first: `authored` (their own and those
 * shared with them, archived legacy cases left out), `toApprove` (sent to them and waiting),
 * `forAgenda` (approved cases of committees where they are secretary or administrator).
 */
export async function listMyCases(db: Db, principal: Principal) {
  const me = principal.user.id;
  const org = eq(cases.organisationId, principal.user.organisationId);
  const shared = db
    .select({ id: caseShares.caseId })
    .from(caseShares)
    .where(eq(caseShares.userId, me));
  const managing = principal.roles.filter((r) => r.role === "secretary" || r.role === "admin");
  const everywhere = managing.some((r) => r.committeeId === null);
  const committeeIds = managing.flatMap((r) => (r.committeeId === null ? [] : [r.committeeId]));
  const inManagedCommittee = everywhere
    ? undefined
    : committeeIds.length
      ? inArray(cases.committeeId, committeeIds)
      : null;
  return {
    authored: await summaries(
      db,
      and(org, ne(cases.status, "archived"), or(eq(cases.authorId, me), inArray(cases.id, shared))),
    ),
    toApprove: await summaries(
      db,
      and(org, eq(cases.approverId, me), eq(cases.status, "submitted")),
    ),
    forAgenda:
      inManagedCommittee === null
        ? []
        : await summaries(db, and(org, eq(cases.status, "approved"), inManagedCommittee)),
  };
}
