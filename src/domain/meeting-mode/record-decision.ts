import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { cases } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { loadItemOf, loadMeetingForMinutes } from "./load-recordable-meeting.ts";
import { announceDecision, writeDecision } from "./write-decision.ts";

const e = minutesMessages.errors;
export const MAX_DECISION_LENGTH = 20_000;

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
});

export type RecordDecisionInput = z.input<typeof inputSchema>;

/**
 * The minute taker records (or edits) an item's decision. The version sent must be the stored
 * one: otherwise another minute taker saved in between, and a DecisionConflictError carries
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
    throw new DomainError("invalid", parsed.error.issues[0]?.message ?? e.decisionEmpty);
  }
  const { meetingId, itemId, version, outcome, text } = parsed.data;
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
    // A postponed item's decision is the postponement; it is changed by a correction only.
    if (written.previousOutcome === "postponed") {
      throw new DomainError("conflict", e.alreadyContinued);
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
