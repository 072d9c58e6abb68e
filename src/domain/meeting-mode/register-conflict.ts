import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { conflictsOfInterest, meetingParticipants } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError, invalidField } from "../domain-error.ts";
import { changeItemRecord } from "./change-item-record.ts";

const e = minutesMessages.errors;

/** Inhabilitet: a participant takes no part in an item; it is printed in the minutes. */
export async function registerConflict(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; participantId: number; note: string },
): Promise<{ id: number }> {
  const note = input.note.trim();
  if (note.length > 500) throw invalidField("note", e.textTooLong("Begrundelsen", 500));
  return changeItemRecord(db, principal, input, "conflict", async (tx, meeting, item) => {
    const [participant] = await tx
      .select({ id: meetingParticipants.id })
      .from(meetingParticipants)
      .where(
        and(
          eq(meetingParticipants.id, input.participantId),
          eq(meetingParticipants.meetingId, meeting.id),
        ),
      );
    if (!participant) throw new DomainError("not_found", e.participantNotFound);
    const [row] = await tx
      .insert(conflictsOfInterest)
      .values({ agendaItemId: item.id, participantId: participant.id, note })
      .onConflictDoNothing()
      .returning({ id: conflictsOfInterest.id });
    if (!row) throw new DomainError("conflict", e.conflictExists);
    return {
      result: row,
      action: "conflict_of_interest.registered",
      entityType: "conflict_of_interest",
      entityId: row.id,
      data: { participantId: participant.id },
    };
  });
}
