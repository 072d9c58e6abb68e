import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetings } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { nextStatus } from "../meeting/meeting-lifecycle.ts";
import { loadItemOf, loadMeetingForMinutes } from "../meeting-mode/load-recordable-meeting.ts";
import { meetingEvents } from "../meeting-mode/meeting-events.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { isApprovingItem, minutesAwaitingApproval } from "./approving-item.ts";

const e = minutesMessages.errors;

/**
 * The next meeting approves the previous meeting's published minutes under its standing item
 * "Godkendelse af dagsorden og referat". From then on the minutes are locked: a correction is
 * a new version with a reason. Returns the id of the meeting whose minutes were approved.
 */
export async function approveMinutes(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number },
): Promise<{ approvedMeetingId: number }> {
  const approved = await db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId);
    const item = await loadItemOf(tx, meeting.id, input.itemId);
    if (!(await isApprovingItem(tx, meeting.committeeId, item))) {
      throw new DomainError("invalid", e.notApprovingItem);
    }
    const previous = await minutesAwaitingApproval(tx, meeting);
    if (!previous) throw new DomainError("conflict", e.noMinutesToApprove);
    const [locked] = await tx
      .select({ status: meetings.status })
      .from(meetings)
      .where(eq(meetings.id, previous.id))
      .for("update");
    const status = locked && nextStatus(locked.status, "approveMinutes");
    if (!status) throw new DomainError("conflict", e.alreadyApproved);
    await tx
      .update(meetings)
      .set({
        status,
        minutesApprovedAt: sql`now()`,
        minutesApprovedInId: meeting.id,
      })
      .where(eq(meetings.id, previous.id));
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "minutes.approved",
      entityType: "meeting",
      entityId: previous.id,
      data: { approvedInMeetingId: meeting.id, itemId: item.id },
    });
    await refreshPublicView(tx, {
      kind: "minutes_approved",
      meetingIds: [previous.id],
      actorId: principal.user.id,
      detail: { approvedInMeetingId: meeting.id },
    });
    return previous.id;
  });
  meetingEvents.publish(approved, {
    type: "status",
    status: "minutes_approved",
    label: webMessages.status.minutes_approved,
  });
  return { approvedMeetingId: approved };
}
