import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./user.ts";

/**
 * A user's TOTP second factor (RFC 6238, 6 digits, 30 s). A row with enabledAt null is a set-up
 * not yet confirmed with a first code; it does not count at sign-in. lastTimeStep is the time
 * step of the last accepted code: a code of that step or an earlier one is refused (no replay).
 */
export const userTotp = pgTable("user_totp", {
  userId: integer()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Base32 secret (see docs/adr/0015-totp-second-factor.md on storage); never logged. */
  secret: text().notNull(),
  enabledAt: timestamp({ withTimezone: true }),
  lastTimeStep: integer(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * The half-signed-in state between a correct password and the second factor: the cookie carries
 * a random token whose SHA-256 is the id. It is not a session and opens nothing under /app.
 */
export const signInChallenges = pgTable(
  "sign_in_challenges",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_challenges_user_idx").on(t.userId)],
);
