import { and, desc, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { mailOutbox } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { canAdministerOrganisation } from "../access/access.policy.ts";

export interface OutboxMail {
  id: number;
  toAddress: string;
  subject: string;
  kind: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
  failedAt: Date | null;
}

export interface MailOverview {
  counts: { waiting: number; sent: number; failed: number };
  failed: OutboxMail[];
  waiting: OutboxMail[];
}

const LIST_LIMIT = 50;

const columns = {
  id: mailOutbox.id,
  toAddress: mailOutbox.toAddress,
  subject: mailOutbox.subject,
  kind: mailOutbox.kind,
  attempts: mailOutbox.attempts,
  lastError: mailOutbox.lastError,
  createdAt: mailOutbox.createdAt,
  nextAttemptAt: mailOutbox.nextAttemptAt,
  failedAt: mailOutbox.failedAt,
};

/**
 * The outbox of the administrator's organisation: how many mails wait, went out or were refused,
 * and the latest refused and waiting ones. Null for anyone else.
 */
export async function getMailOverview(db: Db, principal: Principal): Promise<MailOverview | null> {
  if (!canAdministerOrganisation(principal)) return null;
  const mine = eq(mailOutbox.organisationId, principal.user.organisationId);
  const failed = and(mine, isNotNull(mailOutbox.failedAt));
  const waiting = and(mine, isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt));
  const countWhere = (where: SQL | undefined) =>
    sql<number>`count(*) filter (where ${where})`.mapWith(Number);
  const [counts] = await db
    .select({
      waiting: countWhere(and(isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt))),
      sent: countWhere(isNotNull(mailOutbox.sentAt)),
      failed: countWhere(isNotNull(mailOutbox.failedAt)),
    })
    .from(mailOutbox)
    .where(mine);
  return {
    counts: counts ?? { waiting: 0, sent: 0, failed: 0 },
    failed: await db
      .select(columns)
      .from(mailOutbox)
      .where(failed)
      .orderBy(desc(mailOutbox.failedAt), desc(mailOutbox.id))
      .limit(LIST_LIMIT),
    waiting: await db
      .select(columns)
      .from(mailOutbox)
      .where(waiting)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(LIST_LIMIT),
  };
}
