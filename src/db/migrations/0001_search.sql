CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."search_document_kind" AS ENUM('meeting', 'item', 'attachment');--> statement-breakpoint
CREATE TABLE "search_attachment_texts" (
	"sha512" text PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_document_texts" (
	"documentId" integer PRIMARY KEY NOT NULL,
	"committeeName" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisationId" integer NOT NULL,
	"meetingId" integer NOT NULL,
	"kind" "search_document_kind" NOT NULL,
	"itemOrdinal" integer,
	"itemNumber" integer,
	"attachmentId" integer,
	"committeeSlug" text NOT NULL,
	"startsAt" timestamp NOT NULL,
	"purpose" "purpose",
	"journalNumber" text,
	"tsv" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"lexeme" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_document_texts" ADD CONSTRAINT "search_document_texts_documentId_search_documents_id_fk" FOREIGN KEY ("documentId") REFERENCES "public"."search_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_organisationId_organisations_id_fk" FOREIGN KEY ("organisationId") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_meetingId_meetings_id_fk" FOREIGN KEY ("meetingId") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_meeting_idx" ON "search_documents" USING btree ("meetingId");--> statement-breakpoint
CREATE INDEX "search_documents_starts_idx" ON "search_documents" USING btree ("startsAt","id");--> statement-breakpoint
CREATE INDEX "search_documents_committee_idx" ON "search_documents" USING btree ("committeeSlug","startsAt");--> statement-breakpoint
CREATE INDEX "search_documents_journal_idx" ON "search_documents" USING btree ("journalNumber" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("lexeme" gin_trgm_ops);