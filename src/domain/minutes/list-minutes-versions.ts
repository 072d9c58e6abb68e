import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { minutesVersions, users } from "../../db/schema/index.ts";
import type { MeetingDocument } from "../document/document.ts";

export interface MinutesVersionSummary {
  number: number;
  reason: string;
  createdAt: Date;
  createdBy: string | null;
}

/** The stored versions of a meeting's minutes, oldest first. */
export async function listMinutesVersions(
  db: Db,
  meetingId: number,
): Promise<MinutesVersionSummary[]> {
  return db
    .select({
      number: minutesVersions.number,
      reason: minutesVersions.reason,
      createdAt: minutesVersions.createdAt,
      createdBy: users.name,
    })
    .from(minutesVersions)
    .leftJoin(users, eq(users.id, minutesVersions.createdById))
    .where(eq(minutesVersions.meetingId, meetingId))
    .orderBy(asc(minutesVersions.number));
}

/** One stored version with its document (the internal one), or null. */
export async function getMinutesVersion(
  db: Db,
  meetingId: number,
  number: number,
): Promise<(MinutesVersionSummary & { document: MeetingDocument }) | null> {
  if (!Number.isInteger(number) || number < 1 || number > 1_000_000) return null;
  const [row] = await db
    .select({
      number: minutesVersions.number,
      reason: minutesVersions.reason,
      createdAt: minutesVersions.createdAt,
      createdBy: users.name,
      document: minutesVersions.document,
    })
    .from(minutesVersions)
    .leftJoin(users, eq(users.id, minutesVersions.createdById))
    .where(and(eq(minutesVersions.meetingId, meetingId), eq(minutesVersions.number, number)));
  return row ? { ...row, document: row.document as MeetingDocument } : null;
}
