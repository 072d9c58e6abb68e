import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { speakerRequests } from "../../db/schema/index.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { changeRoom } from "./change-room.ts";
import { loadRoomAsChair } from "./room.policy.ts";
import { loadSpeaker } from "./speaker-list.ts";

const e = roomMessages.errors;

/** The chair gives a speaker the floor; whoever spoke on the item before stops. */
export async function startSpeaker(
  db: Db,
  principal: Principal,
  input: { meetingId: number; speakerId: number },
): Promise<void> {
  await changeRoom(db, principal.user.id, async (tx) => {
    const meeting = await loadRoomAsChair(tx, principal, input.meetingId);
    const speaker = await loadSpeaker(tx, meeting.id, input.speakerId);
    if (speaker.endedAt) throw new DomainError("conflict", e.alreadySpoken);
    if (speaker.startedAt) throw new DomainError("conflict", e.alreadySpeaking);
    const now = new Date();
    await tx
      .update(speakerRequests)
      .set({ endedAt: now })
      .where(
        and(
          eq(speakerRequests.meetingId, meeting.id),
          eq(speakerRequests.agendaItemId, speaker.agendaItemId),
          isNotNull(speakerRequests.startedAt),
          isNull(speakerRequests.endedAt),
        ),
      );
    await tx
      .update(speakerRequests)
      .set({ startedAt: now })
      .where(eq(speakerRequests.id, speaker.id));
    return {
      result: undefined,
      meeting,
      action: "speaker.started",
      entityType: "speaker_request",
      entityId: speaker.id,
    };
  });
}
