import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { mailDigestItems, mailPreferences, users } from "../../db/schema/index.ts";
import { composeMail } from "./compose-mail.ts";
import { enqueueMail, type OutgoingMail } from "./enqueue-mail.ts";
import { type Delivery, isDelivery, topicOf } from "./mail-topics.ts";
import { describeNotification, loadNotificationFacts } from "./notification-mail.ts";

/**
 * The mails of freshly made notifications, in the same transaction: each recipient's
 * preference for the kind's topic decides between a mail now (to the outbox), a line in the
 * next daily digest, or nothing.
 */
export async function mailNotifications(tx: Tx, notificationIds: readonly number[]): Promise<void> {
  const facts = await loadNotificationFacts(tx, notificationIds);
  const kind = facts[0]?.kind;
  const topic = kind ? topicOf(kind) : null;
  if (!topic) return;
  const userIds = [...new Set(facts.map((f) => f.userId))];
  const recipients = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, userIds));
  const chosen = await tx
    .select({ userId: mailPreferences.userId, delivery: mailPreferences.delivery })
    .from(mailPreferences)
    .where(and(inArray(mailPreferences.userId, userIds), eq(mailPreferences.topic, topic.topic)));
  const deliveryOf = (userId: number): Delivery => {
    const row = chosen.find((c) => c.userId === userId);
    return row && isDelivery(row.delivery) ? row.delivery : topic.default;
  };
  const now: OutgoingMail[] = [];
  const later: { notificationId: number; userId: number }[] = [];
  for (const n of facts) {
    const recipient = recipients.find((r) => r.id === n.userId);
    if (!recipient) continue;
    const delivery = deliveryOf(n.userId);
    if (delivery === "digest") later.push({ notificationId: n.id, userId: n.userId });
    if (delivery !== "now") continue;
    const { subject, ...block } = describeNotification(n);
    now.push({
      organisationId: n.organisationId,
      userId: recipient.id,
      to: recipient.email,
      kind: n.kind,
      ...composeMail({
        subject,
        recipientName: recipient.name,
        blocks: [block],
        preferencesFooter: true,
      }),
    });
  }
  await enqueueMail(tx, now);
  if (later.length > 0) await tx.insert(mailDigestItems).values(later);
}
