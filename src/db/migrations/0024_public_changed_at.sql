ALTER TABLE "meetings" ADD COLUMN "publicChangedAt" timestamp with time zone;--> statement-breakpoint
UPDATE "meetings" AS m SET "publicChangedAt" = GREATEST(
	m."agendaPublishedAt",
	m."minutesPublishedAt",
	m."minutesApprovedAt",
	(SELECT MAX(GREATEST(c."createdAt", c."sentAt")) FROM "agenda_corrections" AS c WHERE c."meetingId" = m."id")
) WHERE m."agendaPublishedAt" IS NOT NULL OR m."minutesPublishedAt" IS NOT NULL;
