import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { minutesSignoffs } from "../../db/schema/index.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { inPhase } from "../meeting/meeting-lifecycle.ts";
import { listMinutesSigners, type MinutesSigner } from "./minutes-signers.ts";

/** Who approved the minutes and when (oldest first), and who of the members has not yet. */
export interface MinutesSignoffs {
  signed: (MinutesSigner & { signedAt: Date })[];
  waiting: MinutesSigner[];
}

/**
 * The members' approval of the minutes as it stands now, or null before the minutes are out.
 * It is shown live beside the stored minutes versions, never stored in them (adr/0016).
 */
export async function getMinutesSignoffs(
  db: Db | Tx,
  meeting: Pick<FullMeeting, "id" | "status" | "participants">,
): Promise<MinutesSignoffs | null> {
  if (!inPhase("minutesOut", meeting.status)) return null;
  const signers = (await listMinutesSigners(db, meeting)).filter((s) => !s.absent);
  const rows = await db
    .select({ participantId: minutesSignoffs.participantId, signedAt: minutesSignoffs.signedAt })
    .from(minutesSignoffs)
    .where(eq(minutesSignoffs.meetingId, meeting.id))
    .orderBy(asc(minutesSignoffs.signedAt), asc(minutesSignoffs.id));
  const byId = new Map(signers.map((s) => [s.participantId, s]));
  const signed = rows.flatMap((r) => {
    const s = byId.get(r.participantId);
    return s ? [{ ...s, signedAt: r.signedAt }] : [];
  });
  const done = new Set(signed.map((s) => s.participantId));
  return { signed, waiting: signers.filter((s) => !done.has(s.participantId)) };
}
