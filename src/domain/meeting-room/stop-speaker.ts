import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { speakerRequests } from "../../db/schema/index.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { changeRoom } from "./change-room.ts";
import { loadRoomAsChair } from "./room.policy.ts";
import { loadSpeaker } from "./speaker-list.ts";

const e = roomMessages.errors;

/** The chair ends a speaker's time; they leave the list, their speaking time kept. */
export async function stopSpeaker(
  db: Db,
  principal: Principal,
  input: { meetingId: number; speakerId: number },
): Promise<void> {
  await changeRoom(db, principal.user.id, async (tx) => {
    const meeting = await loadRoomAsChair(tx, principal, input.meetingId);
    const speaker = await loadSpeaker(tx, meeting.id, input.speakerId);
    if (!speaker.startedAt || speaker.endedAt) throw new DomainError("conflict", e.notSpeaking);
    await tx
      .update(speakerRequests)
      .set({ endedAt: new Date() })
      .where(eq(speakerRequests.id, speaker.id));
    return {
      result: undefined,
      meeting,
      action: "speaker.stopped",
      entityType: "speaker_request",
      entityId: speaker.id,
    };
  });
}
