CREATE TYPE "public"."roster_role" AS ENUM('chair', 'vice_chair', 'member', 'substitute');--> statement-breakpoint
CREATE TABLE "persons" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "persons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisationId" integer NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"party" text,
	"email" text,
	"userId" integer,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roster_memberships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "roster_memberships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisationId" integer NOT NULL,
	"committeeId" integer NOT NULL,
	"personId" integer NOT NULL,
	"role" "roster_role" NOT NULL,
	"startsOn" date NOT NULL,
	"endsOn" date,
	"substituteForId" integer,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD COLUMN "personId" integer;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD COLUMN "substituteForId" integer;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_organisationId_organisations_id_fk" FOREIGN KEY ("organisationId") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_userId_users_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_memberships" ADD CONSTRAINT "roster_memberships_organisationId_organisations_id_fk" FOREIGN KEY ("organisationId") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_memberships" ADD CONSTRAINT "roster_memberships_committeeId_committees_id_fk" FOREIGN KEY ("committeeId") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_memberships" ADD CONSTRAINT "roster_memberships_personId_persons_id_fk" FOREIGN KEY ("personId") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_memberships" ADD CONSTRAINT "roster_memberships_substituteForId_persons_id_fk" FOREIGN KEY ("substituteForId") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "persons_organisation_idx" ON "persons" USING btree ("organisationId");--> statement-breakpoint
CREATE INDEX "persons_user_idx" ON "persons" USING btree ("userId");--> statement-breakpoint
CREATE INDEX "roster_memberships_committee_idx" ON "roster_memberships" USING btree ("committeeId","startsOn");--> statement-breakpoint
CREATE INDEX "roster_memberships_person_idx" ON "roster_memberships" USING btree ("personId");--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_personId_persons_id_fk" FOREIGN KEY ("personId") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;