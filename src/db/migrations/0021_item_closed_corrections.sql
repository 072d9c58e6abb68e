ALTER TYPE "public"."agenda_correction_kind" ADD VALUE 'closed';--> statement-breakpoint
ALTER TYPE "public"."agenda_correction_kind" ADD VALUE 'opened';