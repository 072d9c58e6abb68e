import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { conflictsOfInterest } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { changeItemRecord } from "./change-item-record.ts";

/** Removes a registered conflict of interest (registered by mistake). */
export async function removeConflict(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; participantId: number },
): Promise<void> {
  await changeItemRecord(db, principal, input, "conflict", async (tx, _meeting, item) => {
    const [row] = await tx
      .delete(conflictsOfInterest)
      .where(
        and(
          eq(conflictsOfInterest.agendaItemId, item.id),
          eq(conflictsOfInterest.participantId, input.participantId),
        ),
      )
      .returning({ id: conflictsOfInterest.id });
    if (!row) throw new DomainError("not_found", minutesMessages.errors.conflictGone);
    return {
      result: undefined,
      action: "conflict_of_interest.removed",
      entityType: "conflict_of_interest",
      entityId: row.id,
      data: { participantId: input.participantId },
    };
  });
}
