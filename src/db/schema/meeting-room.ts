import { index, integer, pgTable, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { ballotChoiceEnum } from "./enums.ts";
import { agendaItems, meetingParticipants, meetings } from "./meeting.ts";
import { votes } from "./meeting-record.ts";
import { users } from "./user.ts";

/** One member's vote, cast from their own device while the vote is open; one per member. */
export const voteBallots = pgTable(
  "vote_ballots",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voteId: integer()
      .notNull()
      .references(() => votes.id, { onDelete: "cascade" }),
    participantId: integer()
      .notNull()
      .references(() => meetingParticipants.id, { onDelete: "cascade" }),
    choice: ballotChoiceEnum().notNull(),
    castAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("vote_ballots_uq").on(t.voteId, t.participantId)],
);

/** The speaker list of an item: requested by a member or added by the chair, in order. */
export const speakerRequests = pgTable(
  "speaker_requests",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    agendaItemId: integer()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    participantId: integer()
      .notNull()
      .references(() => meetingParticipants.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Speaking time: started and stopped by the chair. */
    startedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("speaker_requests_item_idx").on(t.meetingId, t.agendaItemId, t.position)],
);

/** §13: a participating member approved the published minutes. */
export const minutesSignoffs = pgTable(
  "minutes_signoffs",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    participantId: integer()
      .notNull()
      .references(() => meetingParticipants.id, { onDelete: "cascade" }),
    userId: integer().references(() => users.id),
    signedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("minutes_signoffs_uq").on(t.meetingId, t.participantId)],
);
