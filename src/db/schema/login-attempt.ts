import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Log-in attempts per account and per client address in the current window (see
 * domain/auth/login-throttle.ts). In the database, so the count is shared by every process and
 * survives a restart; the key is a SHA-256, so no typed e-mail address or IP is stored.
 */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    key: text().primaryKey(),
    attempts: integer().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("login_attempts_window_idx").on(t.windowStart)],
);
