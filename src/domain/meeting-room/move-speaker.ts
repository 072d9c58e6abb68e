import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { speakerRequests } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { changeRoom } from "./change-room.ts";
import { loadRoomAsChair } from "./room.policy.ts";
import { loadSpeaker } from "./speaker-list.ts";

/** The chair moves a waiting speaker one place up or down; at either end nothing moves. */
export async function moveSpeaker(
  db: Db,
  principal: Principal,
  input: { meetingId: number; speakerId: number; direction: "up" | "down" },
): Promise<void> {
  await changeRoom(db, principal.user.id, async (tx) => {
    const meeting = await loadRoomAsChair(tx, principal, input.meetingId);
    const speaker = await loadSpeaker(tx, meeting.id, input.speakerId);
    const queue = await tx
      .select({ id: speakerRequests.id, position: speakerRequests.position })
      .from(speakerRequests)
      .where(
        and(
          eq(speakerRequests.meetingId, meeting.id),
          eq(speakerRequests.agendaItemId, speaker.agendaItemId),
          isNull(speakerRequests.startedAt),
          isNull(speakerRequests.endedAt),
        ),
      )
      .orderBy(asc(speakerRequests.position), asc(speakerRequests.id));
    const at = queue.findIndex((x) => x.id === speaker.id);
    const other = queue[input.direction === "up" ? at - 1 : at + 1];
    const self = queue[at];
    if (self && other) {
      await tx
        .update(speakerRequests)
        .set({ position: other.position })
        .where(eq(speakerRequests.id, self.id));
      await tx
        .update(speakerRequests)
        .set({ position: self.position === other.position ? self.position + 1 : self.position })
        .where(eq(speakerRequests.id, other.id));
    }
    return {
      result: undefined,
      meeting,
      action: "speaker.moved",
      entityType: "speaker_request",
      entityId: speaker.id,
      data: { direction: input.direction },
    };
  });
}
