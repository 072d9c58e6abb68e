import type { Db } from "../../db/client.ts";
import { agendaMessages as m } from "../../i18n/da/agenda.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import type { Principal } from "../access/access.policy.ts";
import { pendingCorrectionLines } from "../document/correction-lines.ts";
import { DomainError } from "../domain-error.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { listPrivacyFindings } from "../privacy/list-privacy-findings.ts";
import { type PrivacySummary, summariseFindings } from "../privacy/summarise-findings.ts";
import { agendaItemRows, agendaProblems } from "./agenda-problems.ts";
import { type AgendaWorkspace, getAgendaWorkspace } from "./get-agenda-workspace.ts";

/** The agenda, a supplement (new items), or a »Rettet dagsorden« (corrections alone). */
export type AgendaSendingKind = "agenda" | "supplement" | "corrected";

export interface AgendaPublicationPreview {
  ws: AgendaWorkspace;
  kind: AgendaSendingKind;
  /** The version it makes: 1 for the agenda, 2 and up for what follows. */
  version: number;
  /** The items this publication would send, in agenda order. */
  items: FullMeeting["items"];
  /** Participants with a user, who get a notification (the secretary is left out). */
  recipients: number;
  /** CPR-shaped numbers the public will not see. */
  privacy: PrivacySummary;
  /** The corrections not sent yet: a supplement carries them (markSent). */
  corrections: string[];
  /** What stops the sending (agendaProblems): the page lists them instead of the button. */
  problems: string[];
}

/**
 * What sending the agenda, a supplement or a »Rettet dagsorden« now would do, for the
 * secretary to look at before it goes out: the items, the corrections, who is told, and the
 * CPR-shaped numbers the public will not see. Refused as publishAgenda refuses (no such
 * meeting, not the secretary's, held already); null when there is nothing to send.
 */
export async function previewAgendaPublication(
  db: Db,
  storage: BlobStorage | undefined,
  principal: Principal,
  meetingId: number,
): Promise<AgendaPublicationPreview | null> {
  const ws = await getAgendaWorkspace(db, principal, meetingId);
  if (!ws) throw new DomainError("not_found", m.meetingNotFound);
  if (!ws.canManage) throw new DomainError("forbidden", m.forbidden.assemble);
  if (!ws.canAssemble) throw new DomainError("conflict", m.forbidden.held);
  const items = ws.meeting.items.filter(
    (i) => !i.withdrawnAt && (ws.assembly.get(i.id)?.publishedInVersion ?? null) === null,
  );
  const corrections = pendingCorrectionLines(ws.meeting);
  if (ws.agendaVersion > 0 && items.length === 0 && corrections.length === 0) return null;
  const kind = ws.agendaVersion === 0 ? "agenda" : items.length > 0 ? "supplement" : "corrected";
  // A corrected agenda adds no item: only sending new items checks them (as the use cases do).
  const problems =
    kind === "corrected"
      ? []
      : await agendaProblems(db, ws.meeting, await agendaItemRows(db, meetingId));
  return {
    ws,
    kind,
    problems,
    version: ws.agendaVersion + 1,
    items,
    recipients: ws.meeting.participants.filter(
      (p) => p.userId !== null && p.userId !== principal.user.id,
    ).length,
    privacy: summariseFindings(await listPrivacyFindings(db, storage, ws.meeting)),
    corrections,
  };
}
