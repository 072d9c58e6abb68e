import { boolean, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { cases } from "./case.ts";
import { agendaItems } from "./meeting.ts";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

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
    /** The file name (with extension) the current file is downloaded under. */
    name: text().notNull(),
    /** What readers see: »Tilstandsrapport for rådhusets tag«; defaults to the name, tidied. */
    title: text().notNull(),
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

/**
 * Earlier files of a bilag: when a file is replaced, the file it had is kept here (adr/0017).
 * Staff read them from the case's bilag list; the public only ever sees the current file.
 */
export const attachmentVersions = pgTable(
  "attachment_versions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    attachmentId: integer()
      .notNull()
      .references(() => attachments.id, { onDelete: "cascade" }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    name: text().notNull(),
    mediaType: text(),
    sizeBytes: integer(),
    sha512: text(),
    storageKey: text(),
    /** When the file was first stored, and when it was replaced and by whom. */
    storedAt: timestamp({ withTimezone: true }).notNull(),
    replacedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    replacedBy: integer().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("attachment_versions_attachment_idx").on(t.attachmentId)],
);
