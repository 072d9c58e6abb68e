import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, decisions, meetings } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { inPhase, nextStatus } from "../meeting/meeting-lifecycle.ts";
import { loadMeetingForMinutes } from "../meeting-mode/load-recordable-meeting.ts";
import { meetingEvents } from "../meeting-mode/meeting-events.ts";
import { notifyMeetingParticipants } from "../notification/notify-participants.ts";
import { type PreflightOptions, preflightMeeting } from "../publication/preflight-meeting.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { itemsWithoutDecision } from "./items-without-decision.ts";
import { notifySigners } from "./notify-signers.ts";
import { snapshotMinutes } from "./snapshot-minutes.ts";

const e = minutesMessages.errors;

/**
 * Publishes the minutes of a held meeting: every item must have a decision. The meeting
 * becomes minutes_published, version 1 of the minutes is stored, and the public index
 * is brought in line (open items with their decision; closed items with title, reason and
 * open decision only, as the publication policy says).
 */
export async function publishMinutes(
  db: Db,
  principal: Principal,
  input: { meetingId: number },
  options: PreflightOptions = {},
): Promise<{ version: number }> {
  const version = await db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId, {
      recording: false,
    });
    if (inPhase("minutesOut", meeting.status))
      throw new DomainError("conflict", e.alreadyPublished);
    const status = nextStatus(meeting.status, "publishMinutes");
    if (!status) throw new DomainError("conflict", e.notHeldYet);
    const items = await tx
      .select({
        number: agendaItems.number,
        decision: decisions.id,
        withdrawnAt: agendaItems.withdrawnAt,
      })
      .from(agendaItems)
      .leftJoin(decisions, eq(decisions.agendaItemId, agendaItems.id))
      .where(eq(agendaItems.meetingId, meeting.id))
      .orderBy(agendaItems.position);
    const missing = itemsWithoutDecision(items);
    if (missing.length > 0) throw new DomainError("invalid", e.missingDecisions(missing));
    await tx
      .update(meetings)
      .set({ status, minutesPublishedAt: sql`now()` })
      .where(eq(meetings.id, meeting.id));
    const number = await snapshotMinutes(tx, meeting.id, {
      reason: "",
      actorId: principal.user.id,
    });
    await preflightMeeting(tx, meeting.id, options, (m) => new DomainError("invalid", m));
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "minutes.published",
      entityType: "meeting",
      entityId: meeting.id,
      data: { version: number },
    });
    await refreshPublicView(
      tx,
      {
        kind: "minutes_published",
        meetingIds: [meeting.id],
        actorId: principal.user.id,
        detail: { version: number },
      },
      options,
    );
    await notifyMeetingParticipants(tx, meeting, "minutes.published", principal.user.id);
    await notifySigners(tx, meeting, principal.user.id);
    return number;
  });
  meetingEvents.publish(input.meetingId, {
    type: "status",
    status: "minutes_published",
    label: webMessages.status.minutes_published,
  });
  return { version };
}
