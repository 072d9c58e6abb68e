import { boolean, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { committees } from "./committee.ts";
import { purposeEnum, standingPlacementEnum } from "./enums.ts";
import { agendaItems } from "./meeting.ts";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

/** Items every agenda of a committee starts or ends with ("Godkendelse af dagsorden", "Eventuelt"). */
export const standingItems = pgTable(
  "standing_items",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    committeeId: integer()
      .notNull()
      .references(() => committees.id, { onDelete: "cascade" }),
    placement: standingPlacementEnum().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    purpose: purposeEnum(),
    durationMinutes: integer(),
    /** The item where the previous meeting's minutes are approved. */
    approvesMinutes: boolean().notNull().default(false),
  },
  (t) => [index("standing_items_committee_idx").on(t.committeeId)],
);

/** "Temaer til kommende møder": a committee's backlog the secretary turns into agenda items. */
export const committeeThemes = pgTable(
  "committee_themes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    committeeId: integer()
      .notNull()
      .references(() => committees.id, { onDelete: "cascade" }),
    title: text().notNull(),
    note: text().notNull().default(""),
    createdById: integer().references(() => users.id),
    /** Set when the theme was put on an agenda. */
    agendaItemId: integer().references(() => agendaItems.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("committee_themes_committee_idx").on(t.committeeId)],
);
