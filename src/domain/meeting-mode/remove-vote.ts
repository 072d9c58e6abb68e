import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { votes } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { voteIsRecorded } from "../meeting-room/vote-open.ts";
import { changeItemRecord } from "./change-item-record.ts";

/** Removes a vote recorded by mistake; one the members are casting is closed first. */
export async function removeVote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; voteId: number },
): Promise<void> {
  await changeItemRecord(db, principal, input, "vote", async (tx, _meeting, item) => {
    const [row] = await tx
      .delete(votes)
      .where(and(eq(votes.id, input.voteId), eq(votes.agendaItemId, item.id), voteIsRecorded))
      .returning();
    if (!row) {
      const [open] = await tx
        .select({ id: votes.id })
        .from(votes)
        .where(and(eq(votes.id, input.voteId), eq(votes.agendaItemId, item.id)));
      if (open) throw new DomainError("conflict", minutesMessages.errors.voteStillOpen);
      throw new DomainError("not_found", minutesMessages.errors.voteGone);
    }
    return {
      result: undefined,
      action: "vote.removed",
      entityType: "vote",
      entityId: row.id,
      data: { subject: row.subject },
    };
  });
}
