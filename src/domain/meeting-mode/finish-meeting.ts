import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetings } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { beforeMeetingDay } from "../meeting/copenhagen-time.ts";
import { nextStatus } from "../meeting/meeting-lifecycle.ts";
import { publishRoomState } from "../meeting-room/publish-room-state.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { loadMeetingForMinutes } from "./load-recordable-meeting.ts";
import { meetingEvents } from "./meeting-events.ts";
import { endCurrentItem } from "./steer-room.ts";

/**
 * The meeting is over: agenda_published → held, and its room ends. The minutes can be
 * published from then on. Before the meeting's day only when the secretary says it was held
 * early (`early`): one click weeks ahead would otherwise close the agenda of a meeting to come.
 */
export async function finishMeeting(
  db: Db,
  principal: Principal,
  input: { meetingId: number; early?: boolean },
): Promise<void> {
  await db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId);
    const status = nextStatus(meeting.status, "finishMeeting");
    if (!status) throw new DomainError("conflict", minutesMessages.errors.finishNotReady);
    if (beforeMeetingDay(meeting.startsAt) && !input.early) {
      throw new DomainError("conflict", minutesMessages.errors.finishEarly);
    }
    // A held meeting's room has ended, and the item under discussion with it.
    await endCurrentItem(tx, meeting);
    await tx
      .update(meetings)
      .set({ status, roomStatus: "ended" })
      .where(eq(meetings.id, meeting.id));
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "meeting.held",
      entityType: "meeting",
      entityId: meeting.id,
    });
    // A held meeting leaves the public calendar of coming meetings.
    await refreshPublicView(tx, {
      kind: "meeting_held",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
    });
  });
  meetingEvents.publish(input.meetingId, {
    type: "status",
    status: "held",
    label: webMessages.status.held,
  });
  await publishRoomState(db, input.meetingId);
}
