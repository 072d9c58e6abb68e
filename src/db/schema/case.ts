import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { caseTemplates, committees } from "./committee.ts";
import { caseStatusEnum, fieldKindEnum, purposeEnum } from "./enums.ts";
import { organisations } from "./organisation.ts";
import { users } from "./user.ts";

/** A ProseMirror document as stored (JSON). */
export type ProseMirrorDoc = { type: "doc"; content?: unknown[] };

export const cases = pgTable(
  "cases",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    committeeId: integer().references(() => committees.id),
    templateId: integer().references(() => caseTemplates.id),
    title: text().notNull(),
    purpose: purposeEnum(),
    journalNumber: text(),
    status: caseStatusEnum().notNull().default("draft"),
    authorId: integer().references(() => users.id),
    approverId: integer().references(() => users.id),
    closed: boolean().notNull().default(false),
    closureReason: text(),
    openDecision: text(),
    durationMinutes: integer(),
    /** Optimistic lock: every save increments it. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("cases_org_status_idx").on(t.organisationId, t.status),
    index("cases_author_idx").on(t.authorId),
    index("cases_approver_idx").on(t.approverId, t.status),
  ],
);

/** One field of a case in its template's order: rich text as ProseMirror JSON plus derived text. */
export const caseFields = pgTable(
  "case_fields",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    key: text().notNull(),
    label: text().notNull(),
    doc: jsonb().$type<ProseMirrorDoc>().notNull(),
    text: text().notNull(),
    public: boolean().notNull().default(true),
    /** Copied from the template when the case is created, like label and public. */
    required: boolean().notNull().default(false),
    kind: fieldKindEnum().notNull().default("text"),
  },
  (t) => [uniqueIndex("case_fields_key_uq").on(t.caseId, t.key)],
);

/** Every save of a case is a revision: a JSON snapshot of its fields. */
export const revisions = pgTable(
  "revisions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    authorId: integer().references(() => users.id),
    snapshot: jsonb().notNull(),
    /** The number of the revision this one restored, when it is a restore. */
    restoredFrom: integer(),
    /**
     * The case's version this revision made (null before it was recorded): the content a save
     * written on that version started from, to merge it with what was saved since.
     */
    caseVersion: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("revisions_number_uq").on(t.caseId, t.number)],
);

export const comments = pgTable(
  "comments",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    fieldKey: text(),
    parentId: integer(),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    /** Anchor id of the ProseMirror comment mark in the field. */
    anchor: text(),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("comments_case_idx").on(t.caseId)],
);

/** Co-authors: people the author shares a case with may read and edit it as the author can. */
export const caseShares = pgTable(
  "case_shares",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sharedById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("case_shares_uq").on(t.caseId, t.userId),
    index("case_shares_user_idx").on(t.userId),
  ],
);

/**
 * The revision of a case a user last opened, and when: what "since I last saw it" compares
 * from. One row per user and case, replaced on each view of the case page.
 */
export const caseViews = pgTable(
  "case_views",
  {
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    revision: integer().notNull(),
    seenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);
