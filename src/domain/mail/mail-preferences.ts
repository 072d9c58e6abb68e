import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { mailPreferences } from "../../db/schema/index.ts";
import { mailPreferenceMessages } from "../../i18n/da/mail.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { type Delivery, isDelivery, MAIL_TOPICS, type MailTopic } from "./mail-topics.ts";

export type MailPreferences = Record<MailTopic, Delivery>;

/** The principal's delivery for every topic: the chosen one, or the topic's default. */
export async function getMailPreferences(db: Db, principal: Principal): Promise<MailPreferences> {
  const rows = await db
    .select()
    .from(mailPreferences)
    .where(eq(mailPreferences.userId, principal.user.id));
  const result = {} as MailPreferences;
  for (const t of MAIL_TOPICS) {
    const row = rows.find((r) => r.topic === t.topic);
    result[t.topic] = row && isDelivery(row.delivery) ? row.delivery : t.default;
  }
  return result;
}

/**
 * Saves the principal's delivery for every topic at once (a missing or unknown value refuses
 * the whole form, nothing saved), audited.
 */
export async function saveMailPreferences(
  db: Db,
  principal: Principal,
  chosen: Record<string, string>,
): Promise<MailPreferences> {
  const values = MAIL_TOPICS.map((t) => ({ topic: t.topic, delivery: chosen[t.topic] ?? "" }));
  if (values.some((v) => !isDelivery(v.delivery)))
    throw new DomainError("invalid", mailPreferenceMessages.invalid);
  await db.transaction(async (tx) => {
    await tx
      .insert(mailPreferences)
      .values(values.map((v) => ({ userId: principal.user.id, ...v })))
      .onConflictDoUpdate({
        target: [mailPreferences.userId, mailPreferences.topic],
        set: { delivery: sql`excluded.delivery`, updatedAt: sql`now()` },
      });
    await recordAudit(tx, {
      organisationId: principal.user.organisationId,
      actorId: principal.user.id,
      action: "mail.preferences_saved",
      entityType: "user",
      entityId: principal.user.id,
      data: Object.fromEntries(values.map((v) => [v.topic, v.delivery])),
    });
  });
  return getMailPreferences(db, principal);
}
