CREATE TYPE "public"."annotation_visibility" AS ENUM('private', 'committee');--> statement-breakpoint
CREATE TABLE "bilag_annotations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"attachmentId" integer NOT NULL,
	"authorId" integer NOT NULL,
	"page" integer NOT NULL,
	"quote" text NOT NULL,
	"rects" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"visibility" "annotation_visibility" DEFAULT 'private' NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bilag_annotations" ADD CONSTRAINT "bilag_annotations_attachmentId_attachments_id_fk" FOREIGN KEY ("attachmentId") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bilag_annotations" ADD CONSTRAINT "bilag_annotations_authorId_users_id_fk" FOREIGN KEY ("authorId") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bilag_annotations_attachment_idx" ON "bilag_annotations" USING btree ("attachmentId","page");