import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { speakerRequests } from "../../db/schema/index.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { changeRoom } from "./change-room.ts";
import { loadRoomAsMember } from "./room.policy.ts";

const e = roomMessages.errors;

/**
 * A member takes back their own request for the floor on the item under discussion, while it
 * waits; once the chair has given them the floor, only the chair ends it.
 */
export async function withdrawRequestToSpeak(
  db: Db,
  principal: Principal,
  input: { meetingId: number },
): Promise<void> {
  await changeRoom(db, principal.user.id, async (tx) => {
    const { meeting, participant } = await loadRoomAsMember(tx, principal, input.meetingId);
    const itemId = meeting.currentItemId;
    const [removed] =
      itemId === null
        ? []
        : await tx
            .delete(speakerRequests)
            .where(
              and(
                eq(speakerRequests.meetingId, meeting.id),
                eq(speakerRequests.agendaItemId, itemId),
                eq(speakerRequests.participantId, participant.id),
                isNull(speakerRequests.startedAt),
                isNull(speakerRequests.endedAt),
              ),
            )
            .returning({ id: speakerRequests.id });
    if (!removed) throw new DomainError("conflict", e.notQueued);
    return {
      result: undefined,
      meeting,
      action: "speaker.withdrawn",
      entityType: "speaker_request",
      entityId: removed.id,
      data: { itemId, participantId: participant.id },
    };
  });
}
