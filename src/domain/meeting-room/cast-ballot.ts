import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { voteBallots } from "../../db/schema/index.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { changeRoom } from "./change-room.ts";
import { loadOpenVote } from "./load-room-vote.ts";
import { attendsItem } from "./presence.ts";
import { loadRoomAsMember } from "./room.policy.ts";

const e = roomMessages.errors;

export const BALLOT_CHOICES = ["for", "against", "abstain"] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];
const choiceSchema = z.enum(BALLOT_CHOICES, { error: e.badChoice });

/**
 * A member votes from their own signed-in device while the vote is open, when they are present
 * at the item and not inhabil. Until the vote closes a member may change their vote (a tap on
 * the wrong button is not final); who voted what is recorded when it closes.
 */
export async function castBallot(
  db: Db,
  principal: Principal,
  input: { meetingId: number; voteId: number; choice: string },
): Promise<void> {
  const parsed = choiceSchema.safeParse(input.choice);
  if (!parsed.success) throw new DomainError("invalid", e.badChoice);
  await changeRoom(db, principal.user.id, async (tx) => {
    const { meeting, participant } = await loadRoomAsMember(tx, principal, input.meetingId);
    const vote = await loadOpenVote(tx, meeting.id, input.voteId);
    const full = await getMeeting(tx, meeting.id);
    const item = full?.items.find((x) => x.id === vote.agendaItemId);
    const me = full?.participants.find((p) => p.id === participant.id);
    if (!full || !item || !me) throw new DomainError("not_found", e.voteNotFound);
    if (me.guest) throw new DomainError("forbidden", e.guest);
    if (!attendsItem(me, item.number)) throw new DomainError("forbidden", e.notPresent);
    if (item.conflicts.some((x) => x.participantId === me.id)) {
      throw new DomainError("forbidden", e.inhabil);
    }
    const mine = and(eq(voteBallots.voteId, vote.id), eq(voteBallots.participantId, me.id));
    const [before] = await tx.select({ id: voteBallots.id }).from(voteBallots).where(mine);
    await tx
      .insert(voteBallots)
      .values({ voteId: vote.id, participantId: me.id, choice: parsed.data })
      .onConflictDoUpdate({
        target: [voteBallots.voteId, voteBallots.participantId],
        set: { choice: parsed.data, castAt: new Date() },
      });
    // The audit names the ballot, not the choice: until the vote closes nobody sees who voted what.
    return {
      result: undefined,
      meeting,
      action: before ? "vote.ballot_changed" : "vote.ballot_cast",
      entityType: "vote",
      entityId: vote.id,
      data: { participantId: me.id },
    };
  });
}
