import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { committees } from "./committee.ts";
import { roleEnum } from "./enums.ts";
import { organisations } from "./organisation.ts";

export const users = pgTable(
  "users",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    email: text().notNull(),
    name: text().notNull(),
    /** Job title as printed in minutes, e.g. "Kommunaldirektør". */
    title: text(),
    /** scrypt hash in PHC-like form; null for people who cannot log in (guests, imported names). */
    passwordHash: text(),
    /** Set while an administrator has deactivated the user: no sign-in, no session works. */
    deactivatedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_uq").on(sql`lower(${t.email})`)],
);

/** A role held by a user; committeeId null means the role applies to every committee. */
export const memberships = pgTable(
  "memberships",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    committeeId: integer().references(() => committees.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    /**
     * "manual": granted in Referat; "group": derived from the identity provider's groups at
     * sign-in (sso_group_roles) and replaced at every sign-in. A role held manually is never
     * also held as "group" (one row per user, committee and role).
     */
    source: text().$type<"manual" | "group">().notNull().default("manual"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_uq").on(t.userId, sql`coalesce(${t.committeeId}, 0)`, t.role),
    index("memberships_committee_idx").on(t.committeeId),
  ],
);

/** Server-side sessions; the cookie carries a random token whose SHA-256 is the id. */
export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the session last made a request, updated at most once a minute (find-session.ts). */
    lastSeenAt: timestamp({ withTimezone: true }),
    /** The browser's User-Agent at sign-in (cut to 300 characters), shown to administrators. */
    userAgent: text(),
    /** The client's IP address at sign-in, when known. */
    address: text(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);
