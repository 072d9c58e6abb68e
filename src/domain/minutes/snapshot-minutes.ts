import { eq, max } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { minutesVersions } from "../../db/schema/index.ts";
import { internalDocument } from "../document/build-document.ts";
import { getMeeting } from "../meeting/get-meeting.ts";

/**
 * Stores the minutes as they read now as the next version (1 when none is stored yet), with
 * the reason that replaced the previous one. Returns the version's number.
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
  await tx.insert(minutesVersions).values({
    meetingId,
    number,
    reason: input.reason,
    document: internalDocument(meeting),
    createdById: input.actorId,
  });
  return number;
}
