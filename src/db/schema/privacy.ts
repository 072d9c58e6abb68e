import { integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { attachments } from "./attachment.ts";
import { meetings } from "./meeting.ts";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

/**
 * One random key per organisation for hashing CPR-shaped numbers (HMAC-SHA256), so that
 * confirmations and bilag scans can name a number without storing it.
 */
export const privacyKeys = pgTable("privacy_keys", {
  organisationId: integer()
    .primaryKey()
    .references(() => organisations.id),
  key: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * A secretary's word that a CPR-shaped number on a meeting is not a CPR number, so the public
 * may read it. The number is kept only as its keyed hash.
 */
export const privacyConfirmations = pgTable(
  "privacy_confirmations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    numberHash: text().notNull(),
    confirmedById: integer()
      .notNull()
      .references(() => users.id),
    confirmedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("privacy_confirmations_meeting_hash_idx").on(t.meetingId, t.numberHash)],
);

/**
 * What the CPR scan of a stored bilag's text found (keyed hashes, empty when nothing): made when
 * the file is stored. A bilag without a row has not been scanned.
 */
export const attachmentPrivacyScans = pgTable("attachment_privacy_scans", {
  attachmentId: integer()
    .primaryKey()
    .references(() => attachments.id, { onDelete: "cascade" }),
  numberHashes: text().array().notNull(),
  scannedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
