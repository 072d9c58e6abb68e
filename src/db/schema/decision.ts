import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { ProseMirrorDoc } from "./case.ts";
import { decisionOutcomeEnum } from "./enums.ts";
import { agendaItems } from "./meeting.ts";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

export const decisions = pgTable(
  "decisions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    agendaItemId: integer()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    outcome: decisionOutcomeEnum().notNull().default("decided"),
    doc: jsonb().$type<ProseMirrorDoc>().notNull(),
    text: text().notNull(),
    recordedBy: integer().references(() => users.id),
    /** Optimistic lock: two minute takers saving the same decision cannot overwrite each other. */
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("decisions_item_uq").on(t.agendaItemId),
    index("decisions_org_idx").on(t.organisationId),
  ],
);
