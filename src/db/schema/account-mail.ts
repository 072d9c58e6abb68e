import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { mailOutbox } from "./mail.ts";
import { followUpTasks } from "./meeting-record.ts";
import { notifications } from "./notification.ts";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

/**
 * How a user wants the mails of one topic (src/domain/mail/mail-topics.ts): "now", "digest" or
 * "never". A topic without a row has its default.
 */
export const mailPreferences = pgTable(
  "mail_preferences",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    topic: text().notNull(),
    delivery: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topic] })],
);

/** One daily digest per user and Copenhagen day: the row makes sending it idempotent. */
export const mailDigests = pgTable(
  "mail_digests",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    outboxId: integer().references(() => mailOutbox.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("mail_digests_user_day_uq").on(t.userId, t.day)],
);

/** A notification waiting for its recipient's daily digest; digestId is set once it went out. */
export const mailDigestItems = pgTable(
  "mail_digest_items",
  {
    notificationId: integer()
      .primaryKey()
      .references(() => notifications.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    digestId: integer().references(() => mailDigests.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_digest_items_pending_idx").on(t.userId, t.digestId)],
);

/** A follow-up task whose due-day reminder was made (once per task and due date). */
export const followUpReminders = pgTable(
  "follow_up_reminders",
  {
    taskId: integer()
      .notNull()
      .references(() => followUpTasks.id, { onDelete: "cascade" }),
    dueOn: date({ mode: "string" }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.dueOn] })],
);

/**
 * One-time links mailed to a user: "reset" (choose a new password, 30 minutes) and "invite"
 * (choose the first password, 7 days). Only the SHA-256 of the token is stored; usedAt is set
 * the one time it works.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text().notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId)],
);
