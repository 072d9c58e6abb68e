import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { decisions, users } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { richTextFrom } from "../richtext/rich-text-from.ts";
import type { AgendaItemRow } from "./load-recordable-meeting.ts";
import { DecisionConflictError } from "./meeting-error.ts";
import { meetingEvents } from "./meeting-events.ts";

const e = minutesMessages.errors;

type Outcome = (typeof decisions.$inferSelect)["outcome"];

export interface WrittenDecision {
  itemId: number;
  number: number;
  title: string;
  outcome: Outcome;
  text: string;
  version: number;
  /** The outcome stored before, or null when the item had no decision. */
  previousOutcome: Outcome | null;
}

/**
 * Writes an item's decision: the one way recording, postponing and correcting change it.
 * `expectedVersion` is the decision's version the user saw (0 for none); when another user
 * saved in between, a DecisionConflictError carries both texts and nothing is written.
 * A correction of published minutes passes null: it replaces the text on purpose, with a
 * reason, as a new minutes version.
 */
export async function writeDecision(
  tx: Tx,
  input: {
    organisationId: number;
    item: AgendaItemRow;
    actorId: number;
    expectedVersion: number | null;
    outcome: Outcome;
    text: string;
  },
): Promise<WrittenDecision> {
  const { item, outcome } = input;
  const [stored] = await tx
    .select({ decision: decisions, savedBy: users.name })
    .from(decisions)
    .leftJoin(users, eq(users.id, decisions.recordedBy))
    .where(eq(decisions.agendaItemId, item.id))
    .for("update", { of: decisions });
  const current = stored?.decision;
  if (input.expectedVersion !== null && (current?.version ?? 0) !== input.expectedVersion) {
    throw new DecisionConflictError(
      e.decisionConflict(stored?.savedBy ?? null),
      {
        version: current?.version ?? 0,
        outcome: current?.outcome ?? "decided",
        text: current?.text ?? "",
        savedBy: stored?.savedBy ?? null,
        savedAt: current?.updatedAt ?? new Date(),
      },
      { version: input.expectedVersion, outcome, text: input.text },
    );
  }
  const rich = richTextFrom(input.text);
  const version = (current?.version ?? 0) + 1;
  const values = { outcome, doc: rich.doc, text: rich.text, recordedBy: input.actorId, version };
  if (current) {
    await tx
      .update(decisions)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(decisions.id, current.id));
  } else {
    await tx
      .insert(decisions)
      .values({ ...values, organisationId: input.organisationId, agendaItemId: item.id });
  }
  return {
    itemId: item.id,
    number: item.number,
    title: item.title,
    outcome,
    text: rich.text,
    version,
    previousOutcome: current?.outcome ?? null,
  };
}

/** Shows a written decision on every live view of the meeting; call after the commit. */
export function announceDecision(meetingId: number, written: WrittenDecision): void {
  meetingEvents.publish(meetingId, {
    type: "decision",
    itemId: written.itemId,
    number: written.number,
    title: written.title,
    outcome: written.outcome,
    outcomeLabel: webMessages.outcome[written.outcome],
    text: written.text,
    version: written.version,
  });
}
