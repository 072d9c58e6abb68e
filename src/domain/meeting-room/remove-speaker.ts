import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { speakerRequests } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { changeRoom } from "./change-room.ts";
import { loadRoomAsChair } from "./room.policy.ts";
import { loadSpeaker } from "./speaker-list.ts";

/** The chair takes an entry off the speaker list. */
export async function removeSpeaker(
  db: Db,
  principal: Principal,
  input: { meetingId: number; speakerId: number },
): Promise<void> {
  await changeRoom(db, principal.user.id, async (tx) => {
    const meeting = await loadRoomAsChair(tx, principal, input.meetingId);
    const speaker = await loadSpeaker(tx, meeting.id, input.speakerId);
    await tx.delete(speakerRequests).where(eq(speakerRequests.id, speaker.id));
    return {
      result: undefined,
      meeting,
      action: "speaker.removed",
      entityType: "speaker_request",
      entityId: speaker.id,
      data: { participantId: speaker.participantId },
    };
  });
}
