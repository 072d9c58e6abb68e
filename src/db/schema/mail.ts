import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

/**
 * The outbox: every mail is written here in the transaction of the change that causes it, and
 * a sender delivers it later. A row is sent when sentAt is set; until then the sender retries
 * it after nextAttemptAt, and claims it with lockedUntil so two senders never send one row.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer().references(() => organisations.id),
    /** The recipient when it is a user; null for an address only (an invitation's first mail). */
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    toAddress: text().notNull(),
    /** What caused it, e.g. "case.submitted", "password.reset", "digest". */
    kind: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    /** The Message-ID header, fixed when written, so a resend is recognisable as the same mail. */
    messageId: text().notNull().unique(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    /** Set when the SMTP server refused it for good (e.g. an unknown recipient). */
    failedAt: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_outbox_due_idx").on(t.sentAt, t.failedAt, t.nextAttemptAt)],
);
