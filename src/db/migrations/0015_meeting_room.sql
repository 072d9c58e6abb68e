CREATE TYPE "public"."ballot_choice" AS ENUM('for', 'against', 'abstain');--> statement-breakpoint
CREATE TYPE "public"."protocol_note_status" AS ENUM('accepted', 'pending');--> statement-breakpoint
CREATE TYPE "public"."room_status" AS ENUM('not_started', 'running', 'paused', 'ended');--> statement-breakpoint
CREATE TABLE "minutes_signoffs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "minutes_signoffs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meetingId" integer NOT NULL,
	"participantId" integer NOT NULL,
	"userId" integer,
	"signedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "speaker_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "speaker_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meetingId" integer NOT NULL,
	"agendaItemId" integer NOT NULL,
	"participantId" integer NOT NULL,
	"position" integer NOT NULL,
	"requestedAt" timestamp with time zone DEFAULT now() NOT NULL,
	"startedAt" timestamp with time zone,
	"endedAt" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "vote_ballots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vote_ballots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voteId" integer NOT NULL,
	"participantId" integer NOT NULL,
	"choice" "ballot_choice" NOT NULL,
	"castAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "startedAt" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "endedAt" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attendance" ADD COLUMN "showInMinutes" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "roomStatus" "room_status" DEFAULT 'not_started' NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "currentItemId" integer;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "recordingUrl" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "memberNoteDeadline" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "protocol_notes" ADD COLUMN "participantId" integer;--> statement-breakpoint
ALTER TABLE "protocol_notes" ADD COLUMN "status" "protocol_note_status" DEFAULT 'accepted' NOT NULL;--> statement-breakpoint
ALTER TABLE "protocol_notes" ADD COLUMN "submittedById" integer;--> statement-breakpoint
ALTER TABLE "votes" ADD COLUMN "openedAt" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "votes" ADD COLUMN "closedAt" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "minutes_signoffs" ADD CONSTRAINT "minutes_signoffs_meetingId_meetings_id_fk" FOREIGN KEY ("meetingId") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_signoffs" ADD CONSTRAINT "minutes_signoffs_participantId_meeting_participants_id_fk" FOREIGN KEY ("participantId") REFERENCES "public"."meeting_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_signoffs" ADD CONSTRAINT "minutes_signoffs_userId_users_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_requests" ADD CONSTRAINT "speaker_requests_meetingId_meetings_id_fk" FOREIGN KEY ("meetingId") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_requests" ADD CONSTRAINT "speaker_requests_agendaItemId_agenda_items_id_fk" FOREIGN KEY ("agendaItemId") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_requests" ADD CONSTRAINT "speaker_requests_participantId_meeting_participants_id_fk" FOREIGN KEY ("participantId") REFERENCES "public"."meeting_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_ballots" ADD CONSTRAINT "vote_ballots_voteId_votes_id_fk" FOREIGN KEY ("voteId") REFERENCES "public"."votes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_ballots" ADD CONSTRAINT "vote_ballots_participantId_meeting_participants_id_fk" FOREIGN KEY ("participantId") REFERENCES "public"."meeting_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_signoffs_uq" ON "minutes_signoffs" USING btree ("meetingId","participantId");--> statement-breakpoint
CREATE INDEX "speaker_requests_item_idx" ON "speaker_requests" USING btree ("meetingId","agendaItemId","position");--> statement-breakpoint
CREATE UNIQUE INDEX "vote_ballots_uq" ON "vote_ballots" USING btree ("voteId","participantId");--> statement-breakpoint
ALTER TABLE "protocol_notes" ADD CONSTRAINT "protocol_notes_participantId_meeting_participants_id_fk" FOREIGN KEY ("participantId") REFERENCES "public"."meeting_participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_notes" ADD CONSTRAINT "protocol_notes_submittedById_users_id_fk" FOREIGN KEY ("submittedById") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;