import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetingParticipants, voteBallots, votes } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { changeRoom } from "./change-room.ts";
import { loadOpenVote } from "./load-room-vote.ts";
import { type VoteOutcome, voteOutcome } from "./presence.ts";
import { loadRoomAsChair } from "./room.policy.ts";

/**
 * Closes a vote cast from devices: the names on each side and the counts are written into the
 * vote, as a recorded vote has them, and the room shows the result.
 */
export async function closeVote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; voteId: number },
): Promise<{ outcome: VoteOutcome }> {
  return changeRoom(db, principal.user.id, async (tx) => {
    const meeting = await loadRoomAsChair(tx, principal, input.meetingId);
    const vote = await loadOpenVote(tx, meeting.id, input.voteId);
    const ballots = await tx
      .select({ choice: voteBallots.choice, name: meetingParticipants.name })
      .from(voteBallots)
      .innerJoin(meetingParticipants, eq(meetingParticipants.id, voteBallots.participantId))
      .where(eq(voteBallots.voteId, vote.id))
      .orderBy(asc(meetingParticipants.position), asc(meetingParticipants.id));
    const side = (c: "for" | "against" | "abstain") =>
      ballots.filter((b) => b.choice === c).map((b) => b.name);
    const record = {
      inFavour: side("for"),
      against: side("against"),
      abstaining: side("abstain"),
    };
    const counts = {
      forCount: record.inFavour.length,
      againstCount: record.against.length,
      abstainCount: record.abstaining.length,
    };
    await tx
      .update(votes)
      .set({ ...record, ...counts, closedAt: new Date() })
      .where(eq(votes.id, vote.id));
    const outcome = voteOutcome({
      inFavour: counts.forCount,
      against: counts.againstCount,
      abstaining: counts.abstainCount,
    });
    return {
      result: { outcome },
      meeting,
      action: "vote.closed",
      entityType: "vote",
      entityId: vote.id,
      data: { ...counts, outcome },
    };
  });
}
