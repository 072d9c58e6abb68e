CREATE TYPE "public"."agenda_correction_kind" AS ENUM('withdrawn', 'title', 'case_text');--> statement-breakpoint
CREATE TABLE "agenda_corrections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agenda_corrections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisationId" integer NOT NULL,
	"meetingId" integer NOT NULL,
	"agendaItemId" integer NOT NULL,
	"kind" "agenda_correction_kind" NOT NULL,
	"reason" text NOT NULL,
	"previousTitle" text,
	"newTitle" text,
	"caseId" integer,
	"caseRevision" integer,
	"fieldLabels" jsonb,
	"actorId" integer,
	"sentInVersion" integer,
	"sentAt" timestamp with time zone,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "withdrawnAt" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "meetingId" integer;--> statement-breakpoint
ALTER TABLE "agenda_corrections" ADD CONSTRAINT "agenda_corrections_organisationId_organisations_id_fk" FOREIGN KEY ("organisationId") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_corrections" ADD CONSTRAINT "agenda_corrections_meetingId_meetings_id_fk" FOREIGN KEY ("meetingId") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_corrections" ADD CONSTRAINT "agenda_corrections_agendaItemId_agenda_items_id_fk" FOREIGN KEY ("agendaItemId") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_corrections" ADD CONSTRAINT "agenda_corrections_caseId_cases_id_fk" FOREIGN KEY ("caseId") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_corrections" ADD CONSTRAINT "agenda_corrections_actorId_users_id_fk" FOREIGN KEY ("actorId") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_corrections_meeting_idx" ON "agenda_corrections" USING btree ("meetingId");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_meetingId_meetings_id_fk" FOREIGN KEY ("meetingId") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;