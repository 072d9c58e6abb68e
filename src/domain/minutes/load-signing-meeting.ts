import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { meetings } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { canViewCommittee, type Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { listMinutesSigners, type MinutesSigner } from "./minutes-signers.ts";

/**
 * A meeting a member acts on as one of its participants (signing the minutes, entering a
 * protokoltilførsel): its row locked for the transaction, the full meeting and its signers.
 * Unknown meetings and meetings of committees the user cannot see are "not found".
 */
export async function loadSigningMeeting(
  tx: Tx,
  principal: Principal,
  meetingId: number,
): Promise<{ row: typeof meetings.$inferSelect; meeting: FullMeeting; signers: MinutesSigner[] }> {
  const notFound = new DomainError("not_found", minutesMessages.errors.meetingNotFound);
  if (!isRowId(meetingId)) throw notFound;
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update");
  if (
    !row ||
    !canViewCommittee(principal, { id: row.committeeId, organisationId: row.organisationId })
  ) {
    throw notFound;
  }
  const meeting = await getMeeting(tx, meetingId);
  if (!meeting) throw notFound;
  return { row, meeting, signers: await listMinutesSigners(tx, meeting) };
}
