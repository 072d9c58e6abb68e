import { integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** A municipality: the tenant every other row belongs to. */
export const organisations = pgTable(
  "organisations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("organisations_slug_uq").on(t.slug)],
);
