ALTER TABLE "agenda_items" ADD COLUMN "sentAt" timestamp with time zone;--> statement-breakpoint
-- Items sent with the first agenda went out when it did; supplements when their audit says.
UPDATE "agenda_items" AS i SET "sentAt" = m."agendaPublishedAt"
FROM "meetings" AS m
WHERE m."id" = i."meetingId" AND i."publishedInVersion" = 1;--> statement-breakpoint
UPDATE "agenda_items" AS i SET "sentAt" = a."createdAt"
FROM "audit_log" AS a
WHERE a."action" = 'agenda.supplement_published' AND a."entityType" = 'meeting'
  AND a."entityId" = i."meetingId" AND (a."data"->>'version')::int = i."publishedInVersion"
  AND i."publishedInVersion" > 1;
