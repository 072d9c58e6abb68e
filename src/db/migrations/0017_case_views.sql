CREATE TABLE "case_views" (
	"caseId" integer NOT NULL,
	"userId" integer NOT NULL,
	"revision" integer NOT NULL,
	"seenAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_views_caseId_userId_pk" PRIMARY KEY("caseId","userId")
);
--> statement-breakpoint
ALTER TABLE "case_views" ADD CONSTRAINT "case_views_caseId_cases_id_fk" FOREIGN KEY ("caseId") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_views" ADD CONSTRAINT "case_views_userId_users_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;