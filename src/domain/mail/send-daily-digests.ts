import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { mailDigestItems, mailDigests, users } from "../../db/schema/index.ts";
import { mailMessages } from "../../i18n/da/mail.ts";
import { copenhagenDate } from "../meeting/copenhagen-time.ts";
import { composeMail } from "./compose-mail.ts";
import { enqueueMail } from "./enqueue-mail.ts";
import { describeNotification, loadNotificationFacts } from "./notification-mail.ts";

/**
 * One mail per user and Copenhagen day summing up the notifications waiting for the digest.
 * Idempotent per user and day: the digest's row (unique per user and day) is claimed in the
 * transaction that enqueues the mail, so a second run the same day (or a parallel one, which
 * waits for the first to commit) sends nothing more; what arrives later waits for tomorrow.
 * Returns the number of digests enqueued.
 */
export async function sendDailyDigests(db: Db, now: Date = new Date()): Promise<number> {
  const day = copenhagenDate(now);
  const waiting = await db
    .selectDistinct({ userId: mailDigestItems.userId })
    .from(mailDigestItems)
    .where(isNull(mailDigestItems.digestId));
  let sent = 0;
  for (const { userId } of waiting) {
    const done = await db.transaction(async (tx) => {
      const [digest] = await tx
        .insert(mailDigests)
        .values({ userId, day })
        .onConflictDoNothing()
        .returning({ id: mailDigests.id });
      if (!digest) return false;
      const items = await tx
        .update(mailDigestItems)
        .set({ digestId: digest.id })
        .where(and(eq(mailDigestItems.userId, userId), isNull(mailDigestItems.digestId)))
        .returning({ notificationId: mailDigestItems.notificationId });
      const [user] = await tx
        .select({ name: users.name, email: users.email, organisationId: users.organisationId })
        .from(users)
        .where(eq(users.id, userId));
      const facts = await loadNotificationFacts(
        tx,
        items.map((i) => i.notificationId),
      );
      if (!user || facts.length === 0) {
        // Nothing left to tell (the notifications went with their case or meeting).
        await tx.delete(mailDigests).where(eq(mailDigests.id, digest.id));
        return false;
      }
      const list = facts.map((f) => {
        const { subject: _subject, ...block } = describeNotification(f);
        return block;
      });
      const [outboxId] = await enqueueMail(tx, [
        {
          organisationId: user.organisationId,
          userId,
          to: user.email,
          kind: "digest",
          ...composeMail({
            subject: mailMessages.digest.subject(facts.length),
            recipientName: user.name,
            blocks: [{ text: mailMessages.digest.intro(facts.length) }],
            list,
            preferencesFooter: true,
          }),
        },
      ]);
      await tx
        .update(mailDigests)
        .set({ outboxId: outboxId ?? null })
        .where(eq(mailDigests.id, digest.id));
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}
