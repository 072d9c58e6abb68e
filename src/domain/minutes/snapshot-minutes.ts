import { eq, max } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { minutesVersions } from "../../db/schema/index.ts";
import { internalDocument, publicDocument } from "../document/build-document.ts";
import { toStoredDocument } from "../document/meeting-document.schema.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { toPublicMeeting } from "../publication/publication.policy.ts";

/**
 * Stores the minutes as they read now as the next version (1 when none is stored yet), with
 * the reason that replaced the previous one: the internal document for staff and, beside it,
 * the public one as the publication policy lets it out now (null while nothing is public).
 * Returns the version's number.
 */
export async function snapshotMinutes(
  tx: Tx,
  meetingId: number,
  input: { reason: string; actorId: number },
): Promise<number> {
  const meeting = await getMeeting(tx, meetingId);
  if (!meeting) throw new Error(`no meeting ${meetingId}`);
  const [last] = await tx
    .select({ n: max(minutesVersions.number) })
    .from(minutesVersions)
    .where(eq(minutesVersions.meetingId, meetingId));
  const number = (last?.n ?? 0) + 1;
  const view = toPublicMeeting(meeting);
  await tx.insert(minutesVersions).values({
    meetingId,
    number,
    reason: input.reason,
    document: toStoredDocument(internalDocument(meeting)),
    publicDocument: view ? toStoredDocument(publicDocument(view)) : null,
    createdById: input.actorId,
  });
  return number;
}
