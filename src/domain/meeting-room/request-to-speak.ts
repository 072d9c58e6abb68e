import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { changeRoom } from "./change-room.ts";
import { loadRoomAsMember } from "./room.policy.ts";
import { enqueueSpeaker, speakerItemOf } from "./speaker-list.ts";

/** A member asks for the floor from their own device: on the current item, or the one given. */
export async function requestToSpeak(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId?: number | null },
): Promise<{ id: number }> {
  return changeRoom(db, principal.user.id, async (tx) => {
    const { meeting, participant } = await loadRoomAsMember(tx, principal, input.meetingId);
    const item = await speakerItemOf(tx, meeting, input.itemId ?? null);
    const row = await enqueueSpeaker(tx, meeting, item.id, participant.id);
    return {
      result: row,
      meeting,
      action: "speaker.requested",
      entityType: "speaker_request",
      entityId: row.id,
      data: { itemId: item.id, participantId: participant.id },
    };
  });
}
