import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { agendaItems, cases } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { invalidField } from "../domain-error.ts";
import { loadItemOf, loadMeetingForMinutes } from "./load-recordable-meeting.ts";
import { takeBackPostponement } from "./take-back-postponement.ts";
import { announceDecision, writeDecision } from "./write-decision.ts";

const e = minutesMessages.errors;
export const MAX_DECISION_LENGTH = 20_000;
/** As the agenda's own field for it (update-agenda-item.ts); also for a correction. */
export const MAX_OPEN_DECISION_LENGTH = 2000;

const inputSchema = z.object({
  meetingId: z.number().int(),
  itemId: z.number().int(),
  /** The decision's version the minute taker saw; 0 when there was none. */
  version: z.number().int().min(0),
  outcome: z.enum(["decided", "noted"], { error: e.badOutcome }),
  text: z
    .string()
    .trim()
    .min(1, e.decisionEmpty)
    .max(MAX_DECISION_LENGTH, e.decisionTooLong(MAX_DECISION_LENGTH)),
  /**
   * A closed item's open decision (what the public may read of it), when the form has the
   * field; empty clears it. Ignored for an open item.
   */
  openDecision: z
    .string()
    .trim()
    .max(MAX_OPEN_DECISION_LENGTH, e.openDecisionTooLong(MAX_OPEN_DECISION_LENGTH))
    .optional(),
});

export type RecordDecisionInput = z.input<typeof inputSchema>;

/**
 * The minute taker records (or edits) an item's decision, and for a closed item what of it the
 * public may read (its open decision). The version sent must be the stored one: otherwise
 * another minute taker saved in between, and a DecisionConflictError carries
 * both texts while nothing is written. The case behind the item is decided; the change is
 * audited and, after the commit, shown on every live view of the meeting.
 */
export async function recordDecision(
  db: Db,
  principal: Principal,
  input: RecordDecisionInput,
): Promise<{ version: number }> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidField(String(issue?.path[0] ?? "text"), issue?.message ?? e.decisionEmpty);
  }
  const { meetingId, itemId, version, outcome, text, openDecision } = parsed.data;
  const result = await db.transaction(async (tx) => {
    const meeting = await loadMeetingForMinutes(tx, principal, meetingId);
    const item = await loadItemOf(tx, meeting.id, itemId);
    const written = await writeDecision(tx, {
      organisationId: meeting.organisationId,
      item,
      actorId: principal.user.id,
      expectedVersion: version,
      outcome,
      text,
    });
    // Decided after all: the postponement is taken back.
    if (written.previousOutcome === "postponed") {
      await takeBackPostponement(tx, meeting, item, principal.user.id);
    }
    // Kept as written, empty included: an empty one hides the case's own open decision too.
    if (item.closed && openDecision !== undefined) {
      await tx
        .update(agendaItems)
        .set({ openDecision, updatedAt: sql`now()` })
        .where(eq(agendaItems.id, item.id));
    }
    if (item.caseId !== null) {
      await tx
        .update(cases)
        .set({ status: "decided", version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(cases.id, item.caseId), inArray(cases.status, ["approved", "scheduled"])));
    }
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "decision.recorded",
      entityType: "agenda_item",
      entityId: item.id,
      data: { meetingId: meeting.id, version: written.version, outcome },
    });
    return written;
  });
  announceDecision(meetingId, result);
  return { version: result.version };
}
