import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * An AuthnRequest Referat sent and has not yet seen answered: a response is accepted only in
 * reply to one of these (InResponseTo), and only once, as the row is deleted when it is used.
 */
export const samlRequests = pgTable(
  "saml_requests",
  {
    /** The AuthnRequest's ID attribute. */
    id: text().primaryKey(),
    /** Where to go after signing in (a path inside Referat). */
    nextPath: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("saml_requests_expires_idx").on(t.expiresAt)],
);

/**
 * The IDs of assertions already used to sign in, kept until they would have expired anyway:
 * inserting one that is there fails, so a replayed assertion cannot sign in twice, even when
 * both copies arrive at once.
 */
export const samlAssertions = pgTable(
  "saml_assertions",
  {
    id: text().primaryKey(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("saml_assertions_expires_idx").on(t.expiresAt)],
);
