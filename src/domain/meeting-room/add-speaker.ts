import type { Db } from "../../db/client.ts";
import type { Principal } from "../access/access.policy.ts";
import { changeRoom } from "./change-room.ts";
import { loadRoomAsChair } from "./room.policy.ts";
import { enqueueSpeaker, speakerItemOf } from "./speaker-list.ts";

/** The chair puts a participant on the speaker list of the current item, or the one given. */
export async function addSpeaker(
  db: Db,
  principal: Principal,
  input: { meetingId: number; participantId: number; itemId?: number | null },
): Promise<{ id: number }> {
  return changeRoom(db, principal.user.id, async (tx) => {
    const meeting = await loadRoomAsChair(tx, principal, input.meetingId);
    const item = await speakerItemOf(tx, meeting, input.itemId ?? null);
    const row = await enqueueSpeaker(tx, meeting, item.id, input.participantId);
    return {
      result: row,
      meeting,
      action: "speaker.added",
      entityType: "speaker_request",
      entityId: row.id,
      data: { itemId: item.id, participantId: input.participantId },
    };
  });
}
