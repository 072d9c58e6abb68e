import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

/** Append-only record of every change: who did what to which entity. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer().references(() => organisations.id),
    actorId: integer().references(() => users.id),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: integer(),
    data: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);
