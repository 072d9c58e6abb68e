import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { voteBallots } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import type { BallotChoice } from "./cast-ballot.ts";
import { loadRoomRows } from "./load-room-state.ts";
import { votersAt } from "./presence.ts";
import { roomRoleOf } from "./room.policy.ts";
import { type RoomState, roomStateFor, roomStateOf } from "./room-state.ts";

/**
 * The room's state for one viewer: `full` is the meeting with every item (getMeeting), `seen`
 * the meeting as the viewer may read it (meetingSeenBy).
 */
export async function roomStateSeenBy(
  db: Db,
  full: FullMeeting,
  seen: FullMeeting,
): Promise<RoomState> {
  const state = roomStateOf(full, await loadRoomRows(db, full));
  return roomStateFor(state, new Set(seen.items.map((i) => i.id)));
}

/** What a member's device shows: the state, and their own place in the room. */
export async function getDeviceView(
  db: Db,
  principal: Principal,
  full: FullMeeting,
  seen: FullMeeting,
) {
  const state = await roomStateSeenBy(db, full, seen);
  const { participant, chair } = await roomRoleOf(db, principal, full.id);
  const vote = state.openVote;
  let ballot: BallotChoice | null = null;
  if (participant && vote) {
    const [row] = await db
      .select({ choice: voteBallots.choice })
      .from(voteBallots)
      .where(and(eq(voteBallots.voteId, vote.id), eq(voteBallots.participantId, participant.id)));
    ballot = row?.choice ?? null;
  }
  const mayVote =
    participant !== null &&
    vote !== null &&
    votersAt(full, vote.itemId).some((p) => p.id === participant.id);
  return { meeting: seen, state, participantId: participant?.id ?? null, mayVote, ballot, chair };
}
