import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadCase } from "../case/load-case.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { meetingSeenBy } from "../meeting/meeting.policy.ts";
import { isListedAttachment } from "./attachment.policy.ts";
import { findAttachmentOwners } from "./find-attachment-owners.ts";

/**
 * Whether a staff user may fetch a stored attachment (/app/bilag/:id). An item's bilag follows
 * the item: readable when a meeting, as the user sees it, lists it. A case's own bilag (on no
 * item) may also be read by whoever may read the case (case.policy), e.g. its author while it
 * is a draft; a draft's bilag is not readable by the committee's other users.
 */
export async function mayReadAttachment(
  db: Db,
  principal: Principal,
  attachment: {
    id: number;
    organisationId: number;
    agendaItemId: number | null;
    caseId: number | null;
  },
): Promise<boolean> {
  if (attachment.organisationId !== principal.user.organisationId) return false;
  const { meetingIds } = await findAttachmentOwners(db, attachment);
  for (const meetingId of meetingIds) {
    const meeting = await getMeeting(db, meetingId);
    if (meeting && isListedAttachment(meetingSeenBy(principal, meeting), attachment.id)) {
      return true;
    }
  }
  if (attachment.agendaItemId !== null || attachment.caseId === null) return false;
  try {
    await loadCase(db, principal, attachment.caseId);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}
