ALTER TYPE "public"."agenda_correction_kind" ADD VALUE 'moved';--> statement-breakpoint
ALTER TABLE "agenda_corrections" ADD COLUMN "previousNumber" integer;--> statement-breakpoint
ALTER TABLE "agenda_corrections" ADD COLUMN "newNumber" integer;