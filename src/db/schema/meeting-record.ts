import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { protocolNoteStatusEnum } from "./enums.ts";
import { agendaItems, meetingParticipants, meetings } from "./meeting.ts";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

/** Inhabilitet: a participant takes no part in one item; printed in the minutes. */
export const conflictsOfInterest = pgTable(
  "conflicts_of_interest",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    agendaItemId: integer()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    participantId: integer()
      .notNull()
      .references(() => meetingParticipants.id, { onDelete: "cascade" }),
    note: text().notNull().default(""),
  },
  (t) => [uniqueIndex("conflicts_of_interest_uq").on(t.agendaItemId, t.participantId)],
);

/**
 * A vote on an item: who (names or party letters) voted for, against or abstained. Counts are
 * given when the minutes state numbers rather than names.
 */
export const votes = pgTable(
  "votes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    agendaItemId: integer()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    position: integer().notNull().default(0),
    /** What was voted on, e.g. "Indstillingens punkt 2" or an amendment. */
    subject: text().notNull().default(""),
    inFavour: text().array().notNull().default([]),
    against: text().array().notNull().default([]),
    abstaining: text().array().notNull().default([]),
    forCount: integer(),
    againstCount: integer(),
    abstainCount: integer(),
    /** A vote members cast from their own devices: open from openedAt until closedAt. */
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("votes_item_idx").on(t.agendaItemId)],
);

/** Protokoltilførsel: a member's or group's note of dissent, printed under the decision. */
export const protocolNotes = pgTable(
  "protocol_notes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    agendaItemId: integer()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    position: integer().notNull().default(0),
    /** Who asks for it: a name or a group ("Enhedslisten"). */
    author: text().notNull(),
    text: text().notNull(),
    /** Entered by a member themself: their participant row, and whether the secretary accepted it. */
    participantId: integer().references(() => meetingParticipants.id, { onDelete: "set null" }),
    status: protocolNoteStatusEnum().notNull().default("accepted"),
    submittedById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("protocol_notes_item_idx").on(t.agendaItemId)],
);

/** What a decision asks someone to do, and by when. */
export const followUpTasks = pgTable(
  "follow_up_tasks",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    agendaItemId: integer()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    what: text().notNull(),
    assigneeId: integer().references(() => users.id),
    /** A name when the person has no user (or a unit: "Økonomi"). */
    assigneeName: text().notNull().default(""),
    dueOn: date({ mode: "string" }),
    doneAt: timestamp({ withTimezone: true }),
    createdById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("follow_up_tasks_item_idx").on(t.agendaItemId),
    index("follow_up_tasks_assignee_idx").on(t.assigneeId, t.doneAt),
  ],
);

/**
 * The published minutes as they were: version 1 when published, a new version with a reason
 * for each correction after approval. Old versions stay readable.
 */
export const minutesVersions = pgTable(
  "minutes_versions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    /** Why this version replaced the previous one; empty for version 1. */
    reason: text().notNull().default(""),
    /**
     * The internal MeetingDocument (domain/document/) of the minutes at that time, stored as
     * { schemaVersion, document } (rows from before schema versions hold the bare document).
     */
    document: jsonb().notNull(),
    /**
     * The public MeetingDocument of that time, made by toPublicMeeting() when the version was
     * stored, in the same envelope. Null for versions stored before it was kept: the public
     * then reads the latest version as the minutes read now and no earlier one.
     */
    publicDocument: jsonb(),
    createdById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("minutes_versions_uq").on(t.meetingId, t.number)],
);

/** A member's private note on an item: only its writer ever sees it. */
export const memberNotes = pgTable(
  "member_notes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    agendaItemId: integer()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    body: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("member_notes_uq").on(t.userId, t.agendaItemId)],
);

/** When a user last opened a meeting's agenda: what changed since is marked for them. */
export const agendaReads = pgTable(
  "agenda_reads",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agenda_reads_uq").on(t.userId, t.meetingId)],
);

/**
 * When a user last opened an item of an agenda (had it on screen on the agenda page): once
 * every item is opened as it is now, the agenda counts as read (reading/agenda-read-rule.ts).
 */
export const agendaItemOpenings = pgTable(
  "agenda_item_openings",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    agendaItemId: integer()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    openedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agenda_item_openings_uq").on(t.userId, t.agendaItemId)],
);

/**
 * A member's private calendar subscription: calendar programs send no cookies, so the feed URL
 * carries a random token; only its SHA-256 is stored. A new token replaces the old one.
 */
export const calendarFeedTokens = pgTable("calendar_feed_tokens", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  userId: integer()
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
