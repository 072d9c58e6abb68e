import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { cases, comments } from "./case.ts";
import { meetings } from "./meeting.ts";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

/** In-app notifications: a mention in a comment, a case sent to approval, returned or approved. */
export const notifications = pgTable(
  "notifications",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    /** The recipient. */
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    actorId: integer().references(() => users.id),
    /** "mention", "case.submitted", "case.returned" or "case.approved". */
    kind: text().notNull(),
    caseId: integer().references(() => cases.id, { onDelete: "cascade" }),
    commentId: integer().references(() => comments.id, { onDelete: "cascade" }),
    /** Agenda changes ("agenda.item_withdrawn", "agenda.item_corrected", "agenda.corrected"). */
    meetingId: integer().references(() => meetings.id, { onDelete: "cascade" }),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt)],
);
