import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetings } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { nextStatus } from "../meeting/meeting-lifecycle.ts";
import { notifyMeetingParticipants } from "../notification/notify-participants.ts";
import { type PreflightOptions, preflightMeeting } from "../publication/preflight-meeting.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { agendaItemRows, refuseIncompleteAgenda } from "./agenda-problems.ts";
import { type LeadTime, leadTimeOf } from "./lead-time.ts";
import { loadAgendaMeeting } from "./load-agenda-meeting.ts";
import { markSent } from "./mark-sent.ts";

const e = agendaMessages.publishErrors;
const { staleVersion } = agendaCorrectionMessages.errors;

export interface PublishResult {
  /** 1 for the agenda, 2 and up for a supplement (tillægsdagsorden). */
  version: number;
  /** Items this publication sent out. */
  itemIds: number[];
  /** Political committees: whether members got the legal 4 working days. */
  leadTime: LeadTime | null;
}

/**
 * Sends the agenda to the members (and, through the publication policy, to the public): the
 * first time as the agenda, later as a supplement carrying the items added since and the
 * corrections not sent yet. Every
 * required field must be filled in (a place, a title per item, the reason of a closed item,
 * the required fields of each case); otherwise nothing is published and the message lists each
 * empty field. Missing the legal lead time of a political committee is a warning, not a block.
 */
export async function publishAgenda(
  db: Db,
  principal: Principal,
  /** expectedVersion: meetings.agendaVersion as the user's page showed it; another is a 409. */
  input: { meetingId: number; now?: Date; expectedVersion?: number },
  options: PreflightOptions = {},
): Promise<PublishResult> {
  return db.transaction(async (tx) => {
    const meeting = await loadAgendaMeeting(tx, principal, input.meetingId, "assemble");
    if (input.expectedVersion !== undefined && input.expectedVersion !== meeting.agendaVersion) {
      throw new DomainError("conflict", staleVersion, [staleVersion]);
    }
    const items = await agendaItemRows(tx, meeting.id);
    await refuseIncompleteAgenda(tx, meeting, items);
    const pending = items.filter((i) => i.publishedInVersion === null);
    if (meeting.agendaVersion > 0 && pending.length === 0) {
      throw new DomainError("conflict", e.nothingNew, [e.nothingNew]);
    }
    const status = nextStatus(meeting.status, "publishAgenda");
    if (!status) throw new DomainError("conflict", agendaMessages.forbidden.held);
    const version = meeting.agendaVersion + 1;
    const now = input.now ?? new Date();
    const correctionIds = await markSent(tx, meeting.id, version);
    await tx
      .update(meetings)
      .set({
        status,
        agendaVersion: version,
        agendaPublishedAt: meeting.agendaPublishedAt ?? now,
      })
      .where(eq(meetings.id, meeting.id));
    await preflightMeeting(tx, meeting.id, options, (m) => new DomainError("invalid", m, [m]));
    const leadTime = leadTimeOf(meeting, now);
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: version === 1 ? "agenda.published" : "agenda.supplement_published",
      entityType: "meeting",
      entityId: meeting.id,
      data: {
        version,
        itemIds: pending.map((i) => i.id),
        correctionIds,
        leadTime,
      },
    });
    await refreshPublicView(
      tx,
      {
        kind: "agenda_published",
        meetingIds: [meeting.id],
        actorId: principal.user.id,
        detail: { version, itemIds: pending.map((i) => i.id) },
      },
      { storage: options.storage },
    );
    const kind = version === 1 ? "agenda.published" : "agenda.supplement";
    await notifyMeetingParticipants(tx, meeting, kind, principal.user.id);
    return { version, itemIds: pending.map((i) => i.id), leadTime };
  });
}
