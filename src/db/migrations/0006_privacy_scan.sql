CREATE TABLE "attachment_privacy_scans" (
	"attachmentId" integer PRIMARY KEY NOT NULL,
	"numberHashes" text[] NOT NULL,
	"scannedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_confirmations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "privacy_confirmations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisationId" integer NOT NULL,
	"meetingId" integer NOT NULL,
	"numberHash" text NOT NULL,
	"confirmedById" integer NOT NULL,
	"confirmedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_keys" (
	"organisationId" integer PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachment_privacy_scans" ADD CONSTRAINT "attachment_privacy_scans_attachmentId_attachments_id_fk" FOREIGN KEY ("attachmentId") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_confirmations" ADD CONSTRAINT "privacy_confirmations_organisationId_organisations_id_fk" FOREIGN KEY ("organisationId") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_confirmations" ADD CONSTRAINT "privacy_confirmations_meetingId_meetings_id_fk" FOREIGN KEY ("meetingId") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_confirmations" ADD CONSTRAINT "privacy_confirmations_confirmedById_users_id_fk" FOREIGN KEY ("confirmedById") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_keys" ADD CONSTRAINT "privacy_keys_organisationId_organisations_id_fk" FOREIGN KEY ("organisationId") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_confirmations_meeting_hash_idx" ON "privacy_confirmations" USING btree ("meetingId","numberHash");