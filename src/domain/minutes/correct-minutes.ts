import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, decisions, minutesVersions } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { BlobStorage } from "../../storage/blob-storage.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { inPhase } from "../meeting/meeting-lifecycle.ts";
import { loadItemOf, loadMeetingForMinutes } from "../meeting-mode/load-recordable-meeting.ts";
import { MAX_DECISION_LENGTH, MAX_OPEN_DECISION_LENGTH } from "../meeting-mode/record-decision.ts";
import { announceDecision, writeDecision } from "../meeting-mode/write-decision.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { richTextFrom } from "../richtext/rich-text-from.ts";
import { snapshotMinutes } from "./snapshot-minutes.ts";

const e = minutesMessages.errors;

/**
 * Corrects a decision in published (or approved) minutes, and for a closed item its open
 * decision (what the public reads of it); either or both. The protocol is never edited in
 * place: the minutes as they read before stay stored as their version, the corrected minutes
 * become a new version carrying the reason, and both stay readable.
 */
export async function correctMinutes(
  db: Db,
  principal: Principal,
  input: {
    meetingId: number;
    itemId: number;
    /** The corrected decision; empty leaves it as it is. */
    text: string;
    /** The corrected open decision of a closed item; empty or absent leaves it as it is. */
    openDecision?: string;
    reason: string;
  },
  options: { storage?: BlobStorage } = {},
): Promise<{ version: number }> {
  const text = input.text.trim();
  const openDecision = input.openDecision?.trim() ?? "";
  const reason = input.reason.trim();
  if (!reason) throw new DomainError("invalid", e.reasonRequired);
  if (reason.length > 1000) throw new DomainError("invalid", e.textTooLong("Begrundelsen", 1000));
  if (!text && !openDecision) throw new DomainError("invalid", e.correctionEmpty);
  if (text.length > MAX_DECISION_LENGTH) {
    throw new DomainError("invalid", e.decisionTooLong(MAX_DECISION_LENGTH));
  }
  if (openDecision.length > MAX_OPEN_DECISION_LENGTH) {
    throw new DomainError("invalid", e.openDecisionTooLong(MAX_OPEN_DECISION_LENGTH));
  }
  const result = await db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, input.meetingId, {
      recording: false,
    });
    if (!inPhase("minutesOut", meeting.status)) throw new DomainError("conflict", e.notPublished);
    const item = await loadItemOf(tx, meeting.id, input.itemId);
    const [stored] = await tx.select().from(decisions).where(eq(decisions.agendaItemId, item.id));
    if (!stored) throw new DomainError("invalid", e.itemNotFound);
    if (openDecision && !item.closed) throw new DomainError("invalid", e.openDecisionOfOpenItem);
    const newText = text !== "" && richTextFrom(text).text !== stored.text;
    const newOpen = openDecision !== "" && openDecision !== (item.openDecision ?? "");
    if (!newText && !newOpen) throw new DomainError("invalid", e.nothingChanged);
    // Minutes published before versions were kept: keep how they read as version 1 first.
    const [any] = await tx
      .select({ id: minutesVersions.id })
      .from(minutesVersions)
      .where(eq(minutesVersions.meetingId, meeting.id))
      .limit(1);
    if (!any) await snapshotMinutes(tx, meeting.id, { reason: "", actorId: principal.user.id });
    if (newOpen) {
      await tx
        .update(agendaItems)
        .set({ openDecision, updatedAt: sql`now()` })
        .where(eq(agendaItems.id, item.id));
    }
    const written = newText
      ? await writeDecision(tx, {
          organisationId: meeting.organisationId,
          item,
          actorId: principal.user.id,
          expectedVersion: null,
          outcome: stored.outcome,
          text,
        })
      : null;
    const version = written?.version ?? stored.version;
    const number = await snapshotMinutes(tx, meeting.id, { reason, actorId: principal.user.id });
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "minutes.corrected",
      entityType: "meeting",
      entityId: meeting.id,
      data: {
        itemId: item.id,
        minutesVersion: number,
        decisionVersion: version,
        openDecision: newOpen,
        reason,
      },
    });
    await refreshPublicView(
      tx,
      {
        kind: "minutes_corrected",
        meetingIds: [meeting.id],
        actorId: principal.user.id,
        detail: { itemId: item.id, minutesVersion: number, reason },
      },
      options,
    );
    return { written, number };
  });
  if (result.written) announceDecision(input.meetingId, result.written);
  return { version: result.number };
}
