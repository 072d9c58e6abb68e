import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { minutesSignoffs } from "../../db/schema/index.ts";
import { canManageCommittee, type Principal } from "../access/access.policy.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { inPhase } from "../meeting/meeting-lifecycle.ts";
import { getMinutesSignoffs, type MinutesSignoffs } from "./get-minutes-signoffs.ts";
import { listPendingMemberNotes, type PendingMemberNote } from "./list-member-notes.ts";
import {
  listMinutesSigners,
  type MinutesSigner,
  signerFor,
  signerLabel,
} from "./minutes-signers.ts";

/** What the minutes page shows one user about sign-offs, members' notes and the recording. */
export interface SignoffWorkspace {
  signoffs: MinutesSignoffs | null;
  /** The viewer as a member who took part; null when they did not. */
  me: { signer: MinutesSigner; author: string; signedAt: Date | null } | null;
  /** The viewer may press »Godkend referatet« now. */
  canSign: boolean;
  deadline: Date | null;
  /** The viewer may enter a protokoltilførsel now. */
  canSubmitNote: boolean;
  /** All pending notes for the secretary; the viewer's own for a member. */
  pending: PendingMemberNote[];
  canManage: boolean;
  recordingUrl: string | null;
}

export async function getSignoffWorkspace(
  db: Db,
  principal: Principal,
  meeting: FullMeeting,
  now: Date = new Date(),
): Promise<SignoffWorkspace> {
  const canManage = canManageCommittee(principal, meeting.committee);
  const found = signerFor(await listMinutesSigners(db, meeting), principal.user.id);
  const signer = typeof found === "string" ? null : found;
  const [signed] = signer
    ? await db
        .select({ signedAt: minutesSignoffs.signedAt })
        .from(minutesSignoffs)
        .where(
          and(
            eq(minutesSignoffs.meetingId, meeting.id),
            eq(minutesSignoffs.participantId, signer.participantId),
          ),
        )
    : [];
  const deadline = meeting.memberNoteDeadline ?? null;
  const open = inPhase("held", meeting.status) && !inPhase("locked", meeting.status);
  return {
    signoffs: await getMinutesSignoffs(db, meeting),
    me: signer ? { signer, author: signerLabel(signer), signedAt: signed?.signedAt ?? null } : null,
    canSign:
      signer !== null &&
      !signed &&
      inPhase("minutesOut", meeting.status) &&
      !inPhase("locked", meeting.status),
    deadline,
    canSubmitNote: signer !== null && open && deadline !== null && now <= deadline,
    pending: canManage
      ? await listPendingMemberNotes(db, meeting.id, null)
      : signer
        ? await listPendingMemberNotes(db, meeting.id, principal.user.id)
        : [],
    canManage,
    recordingUrl: meeting.recordingUrl ?? null,
  };
}
