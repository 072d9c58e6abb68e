import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaCorrections, meetings } from "../../db/schema/index.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { notifyMeetingParticipants } from "../notification/notify-participants.ts";
import { preflightMeeting } from "../publication/preflight-meeting.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { agendaItemRows, refuseIncompleteAgenda } from "./agenda-problems.ts";
import { type CorrectionTarget, loadCorrectableMeeting } from "./load-correctable-item.ts";
import { markSent } from "./mark-sent.ts";

export interface SentCorrection {
  /** The new agenda version (meetings.agendaVersion) that carries the corrections. */
  version: number;
  correctionIds: number[];
  /** Items added since the last version that went out with it, as a supplement. */
  itemIds: number[];
}

/**
 * Sends a »Rettet dagsorden«: the next agenda version, carrying every correction not sent yet
 * (withdrawn items, corrected titles and texts) and the items added since (as a supplement
 * does, checked the same way). Members are notified; audited; the public view follows. A
 * version the user did not see, or nothing to send, is a 409.
 */
export async function sendCorrectedAgenda(
  db: Db,
  principal: Principal,
  input: CorrectionTarget,
): Promise<SentCorrection> {
  return db.transaction(async (tx) => {
    const meeting = await loadCorrectableMeeting(tx, principal, input);
    const pending = await tx
      .select({ id: agendaCorrections.id })
      .from(agendaCorrections)
      .where(
        and(eq(agendaCorrections.meetingId, meeting.id), isNull(agendaCorrections.sentInVersion)),
      );
    if (pending.length === 0) {
      const message = agendaCorrectionMessages.errors.nothingToSend;
      throw new DomainError("conflict", message, [message]);
    }
    const items = await agendaItemRows(tx, meeting.id);
    const added = items.filter((i) => i.publishedInVersion === null);
    if (added.length > 0) await refuseIncompleteAgenda(tx, meeting, items);
    const version = meeting.agendaVersion + 1;
    const correctionIds = await markSent(tx, meeting.id, version);
    await tx.update(meetings).set({ agendaVersion: version }).where(eq(meetings.id, meeting.id));
    const result = {
      version,
      correctionIds,
      itemIds: added.map((i) => i.id),
    };
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda.corrected_published",
      entityType: "meeting",
      entityId: meeting.id,
      data: { ...result },
    });
    await notifyMeetingParticipants(tx, meeting, "agenda.corrected", principal.user.id);
    // What goes out at once must render in every format, as when the agenda was published.
    await preflightMeeting(tx, meeting.id, {}, (m) => new DomainError("invalid", m, [m]));
    await refreshPublicView(tx, {
      kind: "agenda_corrected",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
      detail: { ...result },
    });
    return result;
  });
}
