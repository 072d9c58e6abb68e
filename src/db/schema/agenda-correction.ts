import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { cases } from "./case.ts";
import { agendaCorrectionKindEnum } from "./enums.ts";
import { agendaItems, meetings } from "./meeting.ts";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

/**
 * A change of an item after its agenda went out (a withdrawal, a corrected title, a corrected
 * case text, a new number), with the reason (none for a new number: the move itself says it). It is public at once; `sentInVersion` is the agenda version
 * (meetings.agendaVersion) of the »Rettet dagsorden« that sent it to members, null until then.
 */
export const agendaCorrections = pgTable(
  "agenda_corrections",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    agendaItemId: integer()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    kind: agendaCorrectionKindEnum().notNull(),
    reason: text().notNull(),
    /** Title corrections: the wording before and after (staff only; the public sees the new one). */
    previousTitle: text(),
    newTitle: text(),
    /** Case text corrections: the case, the revision the correction made, the fields' labels. */
    caseId: integer().references(() => cases.id),
    caseRevision: integer(),
    fieldLabels: jsonb().$type<string[]>(),
    /** Moves: the item's number before and after (one unsent row per item, updated in place). */
    previousNumber: integer(),
    newNumber: integer(),
    actorId: integer().references(() => users.id),
    sentInVersion: integer(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agenda_corrections_meeting_idx").on(t.meetingId)],
);
