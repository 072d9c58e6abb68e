import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { minutesVersions, users } from "../../db/schema/index.ts";
import { publicDocument } from "../document/build-document.ts";
import type { MeetingDocument } from "../document/document.ts";
import { readStoredDocument } from "../document/meeting-document.schema.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { applyPrivacyToDocument } from "../privacy/apply-privacy.ts";
import { toPublicMeeting } from "../publication/publication.policy.ts";

export interface MinutesVersionSummary {
  number: number;
  reason: string;
  createdAt: Date;
  createdBy: string | null;
}

const summary = {
  number: minutesVersions.number,
  reason: minutesVersions.reason,
  createdAt: minutesVersions.createdAt,
  createdBy: users.name,
};

/** The stored versions of a meeting's minutes, oldest first. */
export async function listMinutesVersions(
  db: Db,
  meetingId: number,
): Promise<MinutesVersionSummary[]> {
  return db
    .select(summary)
    .from(minutesVersions)
    .leftJoin(users, eq(users.id, minutesVersions.createdById))
    .where(eq(minutesVersions.meetingId, meetingId))
    .orderBy(asc(minutesVersions.number));
}

const isVersionNumber = (n: number) => Number.isInteger(n) && n >= 1 && n <= 1_000_000;

async function loadVersion(db: Db, meetingId: number, number: number) {
  if (!isVersionNumber(number)) return null;
  const [row] = await db
    .select({
      ...summary,
      document: minutesVersions.document,
      publicDocument: minutesVersions.publicDocument,
    })
    .from(minutesVersions)
    .leftJoin(users, eq(users.id, minutesVersions.createdById))
    .where(and(eq(minutesVersions.meetingId, meetingId), eq(minutesVersions.number, number)));
  return row ?? null;
}

/** One stored version with its internal document (staff), or null. */
export async function getMinutesVersion(
  db: Db,
  meetingId: number,
  number: number,
): Promise<(MinutesVersionSummary & { document: MeetingDocument }) | null> {
  const row = await loadVersion(db, meetingId, number);
  if (!row) return null;
  const { publicDocument: _, ...rest } = row;
  return { ...rest, document: readStoredDocument(row.document) };
}

/**
 * One version as the public may read it, or null: only of minutes that are public now, and
 * only the public document stored with the version. A version stored before public documents
 * were kept has none; the latest such version is the minutes as they read now, so it gets the
 * public document of the meeting's current state, and older ones are not public.
 */
export async function getPublicMinutesVersion(
  db: Db,
  meetingId: number,
  number: number,
): Promise<(MinutesVersionSummary & { document: MeetingDocument; latest: number }) | null> {
  const meeting = await getMeeting(db, meetingId);
  const view = meeting ? toPublicMeeting(meeting) : null;
  if (!meeting || view?.kind !== "minutes") return null;
  const row = await loadVersion(db, meetingId, number);
  if (!row) return null;
  const versions = await listMinutesVersions(db, meetingId);
  const latest = versions.at(-1)?.number ?? number;
  const { publicDocument: stored, document: _, ...rest } = row;
  const base = { ...rest, createdBy: null, latest };
  // Stored when the version was made; numbers found or confirmed since are applied now.
  if (stored !== null) {
    return {
      ...base,
      document: applyPrivacyToDocument(readStoredDocument(stored), meeting.privacy),
    };
  }
  return number === latest ? { ...base, document: publicDocument(view) } : null;
}
