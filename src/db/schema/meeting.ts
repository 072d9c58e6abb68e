import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { cases } from "./case.ts";
import { committees } from "./committee.ts";
import {
  attendanceStatusEnum,
  continuationEnum,
  meetingStatusEnum,
  purposeEnum,
  roomStatusEnum,
} from "./enums.ts";
import { organisations } from "./organisation.ts";
import { persons } from "./roster.ts";
import { users } from "./user.ts";

/**
 * A meeting. startsAt/endsAt are local wall-clock times in Europe/Copenhagen
 * ("2025-03-12 09:00:00"), which is how minutes state them.
 */
export const meetings = pgTable(
  "meetings",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    committeeId: integer()
      .notNull()
      .references(() => committees.id),
    startsAt: timestamp({ mode: "string" }).notNull(),
    endsAt: timestamp({ mode: "string" }),
    location: text().notNull().default(""),
    status: meetingStatusEnum().notNull().default("planned"),
    agendaPublishedAt: timestamp({ withTimezone: true }),
    minutesPublishedAt: timestamp({ withTimezone: true }),
    minutesApprovedAt: timestamp({ withTimezone: true }),
    /**
     * The last time what the public may see of the meeting could have changed: set by the one
     * gate (refreshPublicView) on every such write; null while the meeting was never public.
     */
    publicChangedAt: timestamp({ withTimezone: true }),
    /** SHA-256 of the legacy file this meeting was imported from; makes imports idempotent. */
    importSha256: text(),
    importFileName: text(),
    /** Meetings planned together as a recurring series share this id (the first meeting's uuid). */
    seriesId: text(),
    /**
     * How many times the agenda was published: 1 = the agenda, 2 and up = a supplement
     * (tillægsdagsorden). 0 while planned.
     */
    agendaVersion: integer().notNull().default(0),
    /** The meeting whose standing item approved these minutes; set with minutesApprovedAt. */
    minutesApprovedInId: integer(),
    /** Where the meeting stands while it is held (domain/meeting/meeting-lifecycle.ts). */
    roomStatus: roomStatusEnum().notNull().default("not_started"),
    /** The item under discussion now; null before the first and after the last. */
    currentItemId: integer(),
    /** A recording or livestream of the meeting; items link to their place in it. */
    recordingUrl: text(),
    /** Until when members may enter their own protokoltilførsel; null: not open to them. */
    memberNoteDeadline: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("meetings_committee_starts_idx").on(t.committeeId, t.startsAt),
    index("meetings_series_idx").on(t.seriesId),
    uniqueIndex("meetings_import_uq").on(t.organisationId, t.importSha256),
  ],
);

/**
 * Who was invited: committee members (userId set when they are users; personId when invited from
 * the roster), substitutes (substituteForId) and guests or imported names (userId null).
 */
export const meetingParticipants = pgTable(
  "meeting_participants",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: integer().references(() => users.id),
    position: integer().notNull(),
    name: text().notNull(),
    title: text(),
    guest: boolean().notNull().default(false),
    /** The roster person invited (set for meetings planned from a committee's roster). */
    personId: integer().references(() => persons.id, { onDelete: "set null" }),
    /** A substitute's participant row names the member's participant row they stand in for. */
    substituteForId: integer(),
  },
  (t) => [index("meeting_participants_meeting_idx").on(t.meetingId)],
);

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    caseId: integer().references(() => cases.id),
    position: integer().notNull(),
    /** The printed number ("Punkt 3"); usually position + 1, but kept as imported. */
    number: integer().notNull(),
    title: text().notNull(),
    purpose: purposeEnum(),
    journalNumber: text(),
    closed: boolean().notNull().default(false),
    /** Required when closed; public. */
    closureReason: text(),
    /** The decision as it may be published for a closed item; public. */
    openDecision: text(),
    durationMinutes: integer(),
    /** "HH:MM" local time, when the agenda prints a time slot. */
    slotStart: text(),
    slotEnd: text(),
    /** Standing items recur at every meeting ("Godkendelse af dagsorden", "Eventuelt"). */
    standing: boolean().notNull().default(false),
    /** The agenda version that first published this item; above 1 means a supplement. */
    publishedInVersion: integer(),
    /** When that version went out: a supplement's time in the agenda's »Rettelser«. */
    sentAt: timestamp({ withTimezone: true }),
    /** The earlier appearance of the same case this item continues (postponed or forwarded). */
    previousItemId: integer(),
    /** Why it continues the earlier appearance. */
    continuation: continuationEnum(),
    /**
     * Withdrawn after the agenda went out (»Punktet er trukket«): number and title stay, the
     * content leaves every public surface. The reason is in agenda_corrections.
     */
    withdrawnAt: timestamp({ withTimezone: true }),
    /** A theme from the committee's backlog this item was made from. */
    themeId: integer(),
    /** When the meeting took the item up and left it (meeting mode's one click). */
    startedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    /** Last change of what members read (title, texts, order, openness); "changed since you read". */
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("agenda_items_position_uq").on(t.meetingId, t.position),
    index("agenda_items_case_idx").on(t.caseId),
    index("agenda_items_previous_idx").on(t.previousItemId),
  ],
);

/** Attendance per participant; agendaItemId set for late arrival or early departure at an item. */
export const attendance = pgTable(
  "attendance",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    participantId: integer()
      .notNull()
      .references(() => meetingParticipants.id, { onDelete: "cascade" }),
    status: attendanceStatusEnum().notNull(),
    agendaItemId: integer().references(() => agendaItems.id, { onDelete: "cascade" }),
    note: text(),
    /** The minute taker ticked »vis i referatet«: the minutes print the note. */
    showInMinutes: boolean().notNull().default(false),
  },
  (t) => [index("attendance_meeting_idx").on(t.meetingId)],
);
