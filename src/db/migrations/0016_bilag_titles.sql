CREATE TABLE "attachment_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachment_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"attachmentId" integer NOT NULL,
	"organisationId" integer NOT NULL,
	"name" text NOT NULL,
	"mediaType" text,
	"sizeBytes" integer,
	"sha512" text,
	"storageKey" text,
	"storedAt" timestamp with time zone NOT NULL,
	"replacedAt" timestamp with time zone DEFAULT now() NOT NULL,
	"replacedBy" integer
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "title" text;--> statement-breakpoint
UPDATE "attachments" SET "title" = coalesce(nullif(btrim(regexp_replace(regexp_replace(regexp_replace("name", '(.)\.[A-Za-z][A-Za-z0-9]{0,5}$', '\1'), CASE WHEN regexp_replace("name", '(.)\.[A-Za-z][A-Za-z0-9]{0,5}$', '\1') ~ '\s' THEN '_' ELSE '[_-]' END, ' ', 'g'), '\s+', ' ', 'g')), ''), "name");--> statement-breakpoint
ALTER TABLE "attachments" ALTER COLUMN "title" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "attachment_versions" ADD CONSTRAINT "attachment_versions_attachmentId_attachments_id_fk" FOREIGN KEY ("attachmentId") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_versions" ADD CONSTRAINT "attachment_versions_organisationId_organisations_id_fk" FOREIGN KEY ("organisationId") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_versions" ADD CONSTRAINT "attachment_versions_replacedBy_users_id_fk" FOREIGN KEY ("replacedBy") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachment_versions_attachment_idx" ON "attachment_versions" USING btree ("attachmentId");