CREATE TABLE "external_sessions" (
	"sessionId" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"idToken" text,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "external_sessions" ADD CONSTRAINT "external_sessions_sessionId_sessions_id_fk" FOREIGN KEY ("sessionId") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;