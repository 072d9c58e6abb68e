CREATE TABLE "agenda_item_openings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agenda_item_openings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"userId" integer NOT NULL,
	"agendaItemId" integer NOT NULL,
	"openedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_item_openings" ADD CONSTRAINT "agenda_item_openings_userId_users_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_openings" ADD CONSTRAINT "agenda_item_openings_agendaItemId_agenda_items_id_fk" FOREIGN KEY ("agendaItemId") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_item_openings_uq" ON "agenda_item_openings" USING btree ("userId","agendaItemId");