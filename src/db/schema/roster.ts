import { date, index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { committees } from "./committee.ts";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

/** A person's place in a committee: formand, næstformand, medlem or stedfortræder. */
export const rosterRoleEnum = pgEnum("roster_role", [
  "chair",
  "vice_chair",
  "member",
  "substitute",
]);

/**
 * A person on a committee's roster: politicians, substitutes and others who are invited to
 * meetings, whether or not they can log in. userId links the person to a system user.
 */
export const persons = pgTable(
  "persons",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    name: text().notNull(),
    /** Printed after the name in minutes, e.g. "Borgmester". */
    title: text(),
    /** Party or faction, e.g. "A" or "Socialdemokratiet". */
    party: text(),
    email: text(),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("persons_organisation_idx").on(t.organisationId),
    index("persons_user_idx").on(t.userId),
  ],
);

/**
 * A person's membership of a committee from startsOn to endsOn (both included; endsOn null: still
 * a member). One person's memberships of one committee never overlap (rules in domain/roster).
 */
export const rosterMemberships = pgTable(
  "roster_memberships",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    committeeId: integer()
      .notNull()
      .references(() => committees.id, { onDelete: "cascade" }),
    personId: integer()
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    role: rosterRoleEnum().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }),
    /** For a substitute: the member they stand in for, when named. */
    substituteForId: integer().references(() => persons.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("roster_memberships_committee_idx").on(t.committeeId, t.startsOn),
    index("roster_memberships_person_idx").on(t.personId),
  ],
);
