CREATE TYPE "public"."field_kind" AS ENUM('text', 'recommendations');--> statement-breakpoint
CREATE TABLE "case_shares" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_shares_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"caseId" integer NOT NULL,
	"userId" integer NOT NULL,
	"sharedById" integer,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisationId" integer NOT NULL,
	"userId" integer NOT NULL,
	"actorId" integer,
	"kind" text NOT NULL,
	"caseId" integer,
	"commentId" integer,
	"readAt" timestamp with time zone,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_fields" ADD COLUMN "required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case_fields" ADD COLUMN "kind" "field_kind" DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "resolvedById" integer;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "restoredFrom" integer;--> statement-breakpoint
ALTER TABLE "case_template_fields" ADD COLUMN "kind" "field_kind" DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_caseId_cases_id_fk" FOREIGN KEY ("caseId") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_userId_users_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_sharedById_users_id_fk" FOREIGN KEY ("sharedById") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisationId_organisations_id_fk" FOREIGN KEY ("organisationId") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_userId_users_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actorId_users_id_fk" FOREIGN KEY ("actorId") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_caseId_cases_id_fk" FOREIGN KEY ("caseId") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_commentId_comments_id_fk" FOREIGN KEY ("commentId") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_shares_uq" ON "case_shares" USING btree ("caseId","userId");--> statement-breakpoint
CREATE INDEX "case_shares_user_idx" ON "case_shares" USING btree ("userId");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("userId","readAt");--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_resolvedById_users_id_fk" FOREIGN KEY ("resolvedById") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_author_idx" ON "cases" USING btree ("authorId");--> statement-breakpoint
CREATE INDEX "cases_approver_idx" ON "cases" USING btree ("approverId","status");