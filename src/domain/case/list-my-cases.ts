import { and, count, desc, eq, inArray, notInArray, or, type SQL } from "drizzle-orm";
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

/** Cases per page of those handed to meetings: years of them would make one long page. */
export const HANDED_ON_PAGE_SIZE = 25;

/** Statuses of a case handed on to a meeting: on an agenda, or decided there. */
const HANDED_ON = ["scheduled", "decided"] as const;

/** One page of the author's cases on agendas, newest change first. */
export interface HandedOnPage {
  cases: CaseSummary[];
  page: number;
  pageCount: number;
  total: number;
}

async function summaries(
  db: Db,
  where: SQL | undefined,
  { limit = 500, offset = 0 } = {},
): Promise<CaseSummary[]> {
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
    .limit(limit)
    .offset(offset);
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

async function handedOnPage(db: Db, where: SQL | undefined, page: number): Promise<HandedOnPage> {
  const [row] = await db.select({ total: count() }).from(cases).where(where);
  const total = row?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / HANDED_ON_PAGE_SIZE));
  const shown = Math.min(Math.max(1, page), pageCount);
  const offset = (shown - 1) * HANDED_ON_PAGE_SIZE;
  return {
    cases: await summaries(db, where, { limit: HANDED_ON_PAGE_SIZE, offset }),
    page: shown,
    pageCount,
    total,
  };
}

/**
 * The cases on the principal's desk, newest change first: `authored` (their own and those
 * shared with them still in work), `handedOn` (those on an agenda or decided, one page of
 * them; archived legacy cases are left out), `toApprove` (sent to them and waiting),
 * `forAgenda` (approved cases of committees where they are secretary or administrator).
 */
export async function listMyCases(db: Db, principal: Principal, page = 1) {
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
  const mine = and(org, or(eq(cases.authorId, me), inArray(cases.id, shared)));
  return {
    authored: await summaries(db, and(mine, notInArray(cases.status, ["archived", ...HANDED_ON]))),
    handedOn: await handedOnPage(db, and(mine, inArray(cases.status, [...HANDED_ON])), page),
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
