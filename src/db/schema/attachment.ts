import { boolean, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { cases } from "./case.ts";
import { agendaItems } from "./meeting.ts";
import { organisations } from "./organisation.ts";

/**
 * A bilag. Stored files carry media type, size, sha512 and storage key; attachments
 * imported from legacy minutes are known by name only, so those columns are null.
 */
export const attachments = pgTable(
  "attachments",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    caseId: integer().references(() => cases.id, { onDelete: "cascade" }),
    agendaItemId: integer().references(() => agendaItems.id, { onDelete: "cascade" }),
    position: integer().notNull().default(0),
    name: text().notNull(),
    mediaType: text(),
    sizeBytes: integer(),
    sha512: text(),
    storageKey: text(),
    public: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("attachments_case_idx").on(t.caseId),
    index("attachments_item_idx").on(t.agendaItemId),
  ],
);
