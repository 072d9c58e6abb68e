import { boolean, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { committeeKindEnum, fieldKindEnum } from "./enums.ts";
import { organisations } from "./organisation.ts";

/** A case template: its ordered fields live in case_template_fields. */
export const caseTemplates = pgTable("case_templates", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  organisationId: integer()
    .notNull()
    .references(() => organisations.id),
  name: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const caseTemplateFields = pgTable(
  "case_template_fields",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    templateId: integer()
      .notNull()
      .references(() => caseTemplates.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    key: text().notNull(),
    /** Danish label shown to the author and printed as the section heading. */
    label: text().notNull(),
    guidance: text().notNull().default(""),
    example: text().notNull().default(""),
    required: boolean().notNull().default(false),
    /** false: the field's text is left out of public renderings even for open items. */
    public: boolean().notNull().default(true),
    kind: fieldKindEnum().notNull().default("text"),
  },
  (t) => [
    uniqueIndex("case_template_fields_key_uq").on(t.templateId, t.key),
    uniqueIndex("case_template_fields_pos_uq").on(t.templateId, t.position),
  ],
);

export const committees = pgTable(
  "committees",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    slug: text().notNull(),
    name: text().notNull(),
    kind: committeeKindEnum().notNull().default("administrative"),
    caseTemplateId: integer().references(() => caseTemplates.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("committees_slug_uq").on(t.organisationId, t.slug)],
);
