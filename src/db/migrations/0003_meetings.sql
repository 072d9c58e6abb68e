CREATE TYPE "public"."continuation" AS ENUM('postponed', 'forwarded');--> statement-breakpoint
CREATE TYPE "public"."standing_placement" AS ENUM('first', 'last');--> statement-breakpoint
CREATE TABLE "committee_themes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "committee_themes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisationId" integer NOT NULL,
	"committeeId" integer NOT NULL,
	"title" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"createdById" integer,
	"agendaItemId" integer,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "standing_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "standing_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"committeeId" integer NOT NULL,
	"placement" "standing_placement" NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"purpose" "purpose",
	"durationMinutes" integer,
	"approvesMinutes" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_reads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agenda_reads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"userId" integer NOT NULL,
	"meetingId" integer NOT NULL,
	"readAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feed_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_feed_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"userId" integer NOT NULL,
	"tokenHash" text NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feed_tokens_userId_unique" UNIQUE("userId"),
	CONSTRAINT "calendar_feed_tokens_tokenHash_unique" UNIQUE("tokenHash")
);
--> statement-breakpoint
CREATE TABLE "conflicts_of_interest" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conflicts_of_interest_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agendaItemId" integer NOT NULL,
	"participantId" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "follow_up_tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisationId" integer NOT NULL,
	"agendaItemId" integer NOT NULL,
	"what" text NOT NULL,
	"assigneeId" integer,
	"assigneeName" text DEFAULT '' NOT NULL,
	"dueOn" date,
	"doneAt" timestamp with time zone,
	"createdById" integer,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_notes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "member_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"userId" integer NOT NULL,
	"agendaItemId" integer NOT NULL,
	"body" text NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minutes_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "minutes_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meetingId" integer NOT NULL,
	"number" integer NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"document" jsonb NOT NULL,
	"createdById" integer,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protocol_notes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "protocol_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agendaItemId" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"author" text NOT NULL,
	"text" text NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "votes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agendaItemId" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"inFavour" text[] DEFAULT '{}' NOT NULL,
	"against" text[] DEFAULT '{}' NOT NULL,
	"abstaining" text[] DEFAULT '{}' NOT NULL,
	"forCount" integer,
	"againstCount" integer,
	"abstainCount" integer,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "updatedAt" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "publishedInVersion" integer;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "previousItemId" integer;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "continuation" "continuation";--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "themeId" integer;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "updatedAt" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "seriesId" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "agendaVersion" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minutesApprovedInId" integer;--> statement-breakpoint
ALTER TABLE "committee_themes" ADD CONSTRAINT "committee_themes_organisationId_organisations_id_fk" FOREIGN KEY ("organisationId") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_themes" ADD CONSTRAINT "committee_themes_committeeId_committees_id_fk" FOREIGN KEY ("committeeId") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_themes" ADD CONSTRAINT "committee_themes_createdById_users_id_fk" FOREIGN KEY ("createdById") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_themes" ADD CONSTRAINT "committee_themes_agendaItemId_agenda_items_id_fk" FOREIGN KEY ("agendaItemId") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_items" ADD CONSTRAINT "standing_items_committeeId_committees_id_fk" FOREIGN KEY ("committeeId") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_reads" ADD CONSTRAINT "agenda_reads_userId_users_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_reads" ADD CONSTRAINT "agenda_reads_meetingId_meetings_id_fk" FOREIGN KEY ("meetingId") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_userId_users_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts_of_interest" ADD CONSTRAINT "conflicts_of_interest_agendaItemId_agenda_items_id_fk" FOREIGN KEY ("agendaItemId") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts_of_interest" ADD CONSTRAINT "conflicts_of_interest_participantId_meeting_participants_id_fk" FOREIGN KEY ("participantId") REFERENCES "public"."meeting_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_organisationId_organisations_id_fk" FOREIGN KEY ("organisationId") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_agendaItemId_agenda_items_id_fk" FOREIGN KEY ("agendaItemId") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_assigneeId_users_id_fk" FOREIGN KEY ("assigneeId") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_createdById_users_id_fk" FOREIGN KEY ("createdById") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notes" ADD CONSTRAINT "member_notes_userId_users_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notes" ADD CONSTRAINT "member_notes_agendaItemId_agenda_items_id_fk" FOREIGN KEY ("agendaItemId") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_meetingId_meetings_id_fk" FOREIGN KEY ("meetingId") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_createdById_users_id_fk" FOREIGN KEY ("createdById") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_notes" ADD CONSTRAINT "protocol_notes_agendaItemId_agenda_items_id_fk" FOREIGN KEY ("agendaItemId") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_agendaItemId_agenda_items_id_fk" FOREIGN KEY ("agendaItemId") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committee_themes_committee_idx" ON "committee_themes" USING btree ("committeeId");--> statement-breakpoint
CREATE INDEX "standing_items_committee_idx" ON "standing_items" USING btree ("committeeId");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_reads_uq" ON "agenda_reads" USING btree ("userId","meetingId");--> statement-breakpoint
CREATE UNIQUE INDEX "conflicts_of_interest_uq" ON "conflicts_of_interest" USING btree ("agendaItemId","participantId");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_item_idx" ON "follow_up_tasks" USING btree ("agendaItemId");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_assignee_idx" ON "follow_up_tasks" USING btree ("assigneeId","doneAt");--> statement-breakpoint
CREATE UNIQUE INDEX "member_notes_uq" ON "member_notes" USING btree ("userId","agendaItemId");--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_versions_uq" ON "minutes_versions" USING btree ("meetingId","number");--> statement-breakpoint
CREATE INDEX "protocol_notes_item_idx" ON "protocol_notes" USING btree ("agendaItemId");--> statement-breakpoint
CREATE INDEX "votes_item_idx" ON "votes" USING btree ("agendaItemId");--> statement-breakpoint
CREATE INDEX "agenda_items_previous_idx" ON "agenda_items" USING btree ("previousItemId");--> statement-breakpoint
CREATE INDEX "meetings_series_idx" ON "meetings" USING btree ("seriesId");