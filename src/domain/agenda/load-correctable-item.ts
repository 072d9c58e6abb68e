import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { agendaItems } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { type AgendaMeeting, loadAgendaMeeting } from "./load-agenda-meeting.ts";

const e = agendaCorrectionMessages.errors;

export const MAX_REASON = 1000;

/** What every correction of a sent agenda names: the meeting, the version the user saw. */
export interface CorrectionTarget {
  meetingId: number;
  /** meetings.agendaVersion as the user's page showed it; a newer one is a 409. */
  agendaVersion: number;
}

/**
 * The locked meeting of a correction after its agenda went out: authorized for the secretary
 * (404 for another organisation, 403 without the role, 409 once held), published and still at
 * the version the user saw, so a correction racing a publication loses with a 409.
 */
export async function loadCorrectableMeeting(
  tx: Tx,
  principal: Principal,
  target: CorrectionTarget,
): Promise<AgendaMeeting> {
  const meeting = await loadAgendaMeeting(tx, principal, target.meetingId, "assemble");
  if (meeting.status !== "agenda_published") throw new DomainError("conflict", e.notPublished);
  if (meeting.agendaVersion !== target.agendaVersion) {
    throw new DomainError("conflict", e.staleVersion);
  }
  return meeting;
}

/** A sent, not withdrawn item of the meeting; otherwise a Danish 404 or 409. */
export async function loadCorrectableItem(tx: Tx, meeting: AgendaMeeting, itemId: number) {
  const [item] = await tx
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meeting.id)));
  if (!item) throw new DomainError("not_found", agendaMessages.itemNotFound);
  if (item.publishedInVersion === null) throw new DomainError("conflict", e.itemNotSent);
  if (item.withdrawnAt) throw new DomainError("conflict", e.alreadyWithdrawn);
  return item;
}

/** The reason of a correction, trimmed; missing or too long is a Danish 400. */
export function reasonOf(value: string | undefined | null): string {
  const reason = (value ?? "").trim().replace(/\s+/g, " ");
  if (!reason) throw new DomainError("invalid", e.reasonRequired, [e.reasonRequired]);
  if (reason.length > MAX_REASON) {
    const message = e.reasonTooLong(MAX_REASON);
    throw new DomainError("invalid", message, [message]);
  }
  return reason;
}
