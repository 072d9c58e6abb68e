import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { meetingParticipants, voteBallots, votes } from "../../db/schema/index.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { changeRoom } from "./change-room.ts";
import { loadOpenVote } from "./load-room-vote.ts";
import { type VoteOutcome, voteOutcome, votersAt } from "./presence.ts";
import { loadRoomAsChair } from "./room.policy.ts";

/**
 * Closes a vote cast from devices: the names on each side and the counts are written into the
 * vote, as a recorded vote has them, and the room shows the result. While some who may vote
 * have not, it closes only when the chair says so (`evenIfMissing`): a vote closed by mistake
 * after one ballot would otherwise stand in the minutes as the committee's.
 */
export async function closeVote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; voteId: number; evenIfMissing?: boolean },
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
    if (!input.evenIfMissing) {
      const full = await getMeeting(tx, meeting.id);
      const voters = full ? votersAt(full, vote.agendaItemId).length : 0;
      if (ballots.length < voters) {
        throw new DomainError(
          "conflict",
          roomMessages.errors.votesMissing(voters - ballots.length, voters),
        );
      }
    }
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
