import { inArray } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { attachmentPrivacyScans, privacyConfirmations } from "../../db/schema/index.ts";
import type { MeetingPrivacy } from "./meeting-privacy.ts";
import { findPrivacyKeys } from "./number-hash.ts";

/** The privacy data of these meetings (by meeting id), given their organisations and bilag. */
export async function loadMeetingPrivacy(
  db: Db | Tx,
  meetings: { id: number; organisationId: number; attachmentIds: number[] }[],
): Promise<Map<number, MeetingPrivacy>> {
  const out = new Map<number, MeetingPrivacy>();
  if (meetings.length === 0) return out;
  const keys = await findPrivacyKeys(
    db,
    meetings.map((m) => m.organisationId),
  );
  const meetingIds = meetings.map((m) => m.id);
  const attachmentIds = [...new Set(meetings.flatMap((m) => m.attachmentIds))];
  const confirmations =
    keys.size === 0
      ? []
      : await db
          .select({
            meetingId: privacyConfirmations.meetingId,
            hash: privacyConfirmations.numberHash,
          })
          .from(privacyConfirmations)
          .where(inArray(privacyConfirmations.meetingId, meetingIds));
  const scans =
    keys.size === 0 || attachmentIds.length === 0
      ? []
      : await db
          .select()
          .from(attachmentPrivacyScans)
          .where(inArray(attachmentPrivacyScans.attachmentId, attachmentIds));
  const scanOf = new Map(scans.map((s) => [s.attachmentId, s.numberHashes]));
  for (const m of meetings) {
    const attachmentScans: Record<number, string[]> = {};
    for (const id of m.attachmentIds) {
      const hashes = scanOf.get(id);
      if (hashes) attachmentScans[id] = hashes;
    }
    out.set(m.id, {
      key: keys.get(m.organisationId) ?? null,
      confirmed: confirmations.filter((c) => c.meetingId === m.id).map((c) => c.hash),
      attachmentScans,
    });
  }
  return out;
}
