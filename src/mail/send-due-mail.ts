import { and, asc, eq, inArray, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { mailOutbox } from "../db/schema/index.ts";
import type { Logger } from "../logger.ts";
import { classifySendError, type SendFailure } from "./classify-send-error.ts";

/** What a pass hands to the SMTP server; nodemailer's transporter fits. */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    headers: Record<string, string>;
  }): Promise<unknown>;
}

export interface SendPassOptions {
  transport: MailTransport;
  from: string;
  logger: Logger;
  /** The clock every due time, lease and backoff is measured by. */
  now?: () => Date;
  /** Milliseconds to wait after the n-th failed attempt (n from 1). */
  backoff?: (attempts: number) => number;
  /** Rows claimed at once. */
  batchSize?: number;
  /**
   * How long a claim holds a row. It must outlast sending the whole batch (the transport's
   * timeouts bound one mail); a row still claimed when it ends is taken by the next sender.
   */
  leaseMs?: number;
  /** Asked before each mail: true stops the pass and hands the rest back at once. */
  stopping?: () => boolean;
}

export interface PassResult {
  claimed: number;
  sent: number;
  retry: number;
  failed: number;
  released: number;
}

const MINUTE = 60_000;

/** 30 s, 1 min, 2 min … up to 15 min between attempts. */
export function defaultBackoff(attempts: number): number {
  return Math.min(15 * MINUTE, 30_000 * 2 ** Math.max(0, attempts - 1));
}

export const DEFAULT_LEASE_MS = 15 * MINUTE;
export const DEFAULT_BATCH_SIZE = 20;

type Row = typeof mailOutbox.$inferSelect;

/**
 * One pass of the sender: claims the due rows (not sent, not failed, next attempt reached, no
 * live claim) by setting lockedUntil in one statement whose subquery locks them FOR UPDATE SKIP
 * LOCKED, so two senders on one database never claim the same row. Then sends them one by one
 * with their stored Message-ID and records each outcome: sent, a temporary failure (backoff,
 * lastError, attempts) or a permanent one (failedAt). When the server is down, the first
 * failure is recorded for every claimed row still waiting, without trying them.
 */
export async function sendDueMail(db: Db, options: SendPassOptions): Promise<PassResult> {
  const now = options.now ?? (() => new Date());
  const backoff = options.backoff ?? defaultBackoff;
  const result: PassResult = { claimed: 0, sent: 0, retry: 0, failed: 0, released: 0 };
  const claimedAt = now();
  const lease = new Date(claimedAt.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS));
  const rows = await claimDueRows(db, claimedAt, lease, options.batchSize ?? DEFAULT_BATCH_SIZE);
  result.claimed = rows.length;
  let down: SendFailure | null = null;
  for (const row of rows) {
    if (down === null && (options.stopping?.() || now() >= lease)) {
      result.released += await release(db, row, lease);
      continue;
    }
    const failure: SendFailure | null = down ?? (await trySend(options, row));
    if (failure === null) {
      await markSent(db, row, now());
      result.sent++;
      continue;
    }
    const attempts = row.attempts + 1;
    if (failure.permanent) {
      await markFailed(db, row, lease, now(), failure.message);
      options.logger.warn(
        { mailId: row.id, kind: row.kind, attempts, error: failure.message },
        "mail refused for good",
      );
      result.failed++;
    } else {
      const next = new Date(now().getTime() + backoff(attempts));
      await markRetry(db, row, lease, next, failure.message);
      if (down === null) {
        options.logger.info(
          { mailId: row.id, kind: row.kind, attempts, next, error: failure.message },
          "mail not sent, trying again later",
        );
      }
      result.retry++;
    }
    if (failure.serverDown) down = failure;
  }
  return result;
}

async function claimDueRows(db: Db, now: Date, lease: Date, limit: number): Promise<Row[]> {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        isNull(mailOutbox.sentAt),
        isNull(mailOutbox.failedAt),
        lte(mailOutbox.nextAttemptAt, now),
        or(isNull(mailOutbox.lockedUntil), lte(mailOutbox.lockedUntil, now)),
      ),
    )
    .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await db
    .update(mailOutbox)
    .set({ lockedUntil: lease })
    .where(inArray(mailOutbox.id, due))
    .returning();
  return rows.sort((a, b) => +a.nextAttemptAt - +b.nextAttemptAt || a.id - b.id);
}

async function trySend(options: SendPassOptions, row: Row): Promise<SendFailure | null> {
  try {
    await options.transport.sendMail({
      from: options.from,
      to: row.toAddress,
      subject: row.subject,
      text: row.text,
      html: row.html,
      messageId: row.messageId,
      // RFC 3834: no vacation replies to a machine.
      headers: { "Auto-Submitted": "auto-generated" },
    });
    return null;
  } catch (error) {
    return classifySendError(error);
  }
}

/** Only this claim's outcome is written: a row whose lease ran out belongs to its next claimer. */
const heldBy = (row: Row, lease: Date) =>
  and(eq(mailOutbox.id, row.id), eq(mailOutbox.lockedUntil, lease), isNull(mailOutbox.sentAt));

async function markSent(db: Db, row: Row, at: Date) {
  // Not fenced by the lease: the server has the mail, so no one may send it again.
  await db
    .update(mailOutbox)
    .set({ sentAt: at, lockedUntil: null, attempts: row.attempts + 1 })
    .where(and(eq(mailOutbox.id, row.id), isNull(mailOutbox.sentAt)));
}

async function markRetry(db: Db, row: Row, lease: Date, next: Date, error: string) {
  await db
    .update(mailOutbox)
    .set({ nextAttemptAt: next, lastError: error, lockedUntil: null, attempts: row.attempts + 1 })
    .where(heldBy(row, lease));
}

async function markFailed(db: Db, row: Row, lease: Date, at: Date, error: string) {
  await db
    .update(mailOutbox)
    .set({ failedAt: at, lastError: error, lockedUntil: null, attempts: row.attempts + 1 })
    .where(heldBy(row, lease));
}

async function release(db: Db, row: Row, lease: Date): Promise<number> {
  await db.update(mailOutbox).set({ lockedUntil: null }).where(heldBy(row, lease));
  return 1;
}
