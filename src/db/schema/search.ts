import { sql } from "drizzle-orm";
import { customType, index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { purposeEnum } from "./enums.ts";
import { meetings } from "./meeting.ts";
import { organisations } from "./organisation.ts";

/** PostgreSQL's tsvector, read and written as its text form. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** What a search hit is: a meeting (committee, place, participants), an agenda item, a bilag. */
export const searchDocumentKindEnum = pgEnum("search_document_kind", [
  "meeting",
  "item",
  "attachment",
]);

/**
 * The search index: only what the publication policy lets the public see, one row per public
 * meeting, agenda item and bilag with text. Kept narrow (filters, order, tsvector) so that
 * counting and ordering tens of thousands of matches reads few pages; the text itself is in
 * search_document_texts. `tsv` is made from that text (title A, body C, committee name D) in
 * the statement that writes both (src/search/insert-search-documents.ts).
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    kind: searchDocumentKindEnum().notNull(),
    /** 1-based place of the item on the public page: the anchor `#punkt-N`. */
    itemOrdinal: integer(),
    /** The printed item number. */
    itemNumber: integer(),
    /** The bilag, for links to its file; no foreign key, the row is rebuilt with its meeting. */
    attachmentId: integer(),
    committeeSlug: text().notNull(),
    /** The meeting's local wall-clock start, as in meetings.startsAt. */
    startsAt: timestamp({ mode: "string" }).notNull(),
    purpose: purposeEnum(),
    journalNumber: text(),
    tsv: tsvector().notNull(),
  },
  (t) => [
    index("search_documents_tsv_idx").using("gin", t.tsv),
    index("search_documents_meeting_idx").on(t.meetingId),
    index("search_documents_starts_idx").on(t.startsAt, t.id),
    index("search_documents_committee_idx").on(t.committeeSlug, t.startsAt),
    index("search_documents_journal_idx").on(t.journalNumber.op("text_pattern_ops")),
  ],
);

/** The public text of a search document: what its tsvector was made from, and snippets are cut from. */
export const searchDocumentTexts = pgTable("search_document_texts", {
  documentId: integer()
    .primaryKey()
    .references(() => searchDocuments.id, { onDelete: "cascade" }),
  committeeName: text().notNull(),
  title: text().notNull(),
  body: text().notNull(),
});

/**
 * Every lexeme that has been in the index, for widening a query word to the compounds that
 * contain it (trigram index): `møde` -> `byrådsmød`, and for finding the lexeme a word typed
 * without æ, ø and å stands for (index on the lexeme with them as a, o and a):
 * `budgetopfolgning` -> `budgetopfølgning`. Only ever used inside a query, never shown.
 */
export const searchTerms = pgTable("search_terms", { lexeme: text().primaryKey() }, (t) => [
  index("search_terms_trgm_idx").using("gin", t.lexeme.op("gin_trgm_ops")),
  index("search_terms_folded_idx").on(sql`translate(${t.lexeme}, 'æøå', 'aoa')`),
]);

/** Text extracted from a stored bilag (PDF, DOCX), by content, so reindexing reads each once. */
export const searchAttachmentTexts = pgTable("search_attachment_texts", {
  sha512: text().primaryKey(),
  text: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
