import { eq, max } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { votes } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError, invalidField } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { excessVotes, partyTarget, voteNameProblem } from "../meeting-room/presence.ts";
import { changeItemRecord } from "./change-item-record.ts";

const e = minutesMessages.errors;

const names = z.array(z.string().trim().min(1).max(100, e.textTooLong("Et navn", 100))).max(100);
const count = z
  .number({ error: e.badCount })
  .int(e.badCount)
  .min(0, e.badCount)
  .max(999, e.badCount)
  .nullable();

const voteSchema = z.object({
  subject: z.string().trim().max(300, e.textTooLong("Emnet", 300)),
  inFavour: names,
  against: names,
  abstaining: names,
  forCount: count,
  againstCount: count,
  abstainCount: count,
});

export type VoteInput = z.input<typeof voteSchema>;

/** Splits "A, V, Anne Hansen" into names; empty parts are dropped. */
export function splitNames(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

const SIDE_LABEL = {
  inFavour: minutesMessages.hold.inFavour,
  against: minutesMessages.hold.against,
  abstaining: minutesMessages.hold.abstaining,
} as const;
const COUNT_OF = { inFavour: "forCount", against: "againstCount", abstaining: "abstainCount" };

/** The refusal of a vote's names, marking the field to mend (names or count of a side). */
function nameRefusal(problem: NonNullable<ReturnType<typeof voteNameProblem>>): DomainError {
  if (problem.kind === "notVoter")
    return invalidField(problem.side, e.notVoter(problem.name, problem.why));
  if (problem.kind === "twice") return invalidField(problem.side, e.votedTwice(problem.name));
  if (problem.kind === "partyVotes") {
    // The party's cell in the grid of party votes, where there is one, else the side's names.
    const message = e.partyVotes(problem.party, problem.votes, problem.voters);
    return new DomainError(
      "invalid",
      message,
      [message, message],
      [partyTarget(problem.side, problem.party), problem.side],
    );
  }
  if (problem.kind === "unknownParty")
    return invalidField(problem.side, e.unknownParty(problem.party, problem.parties));
  return invalidField(
    COUNT_OF[problem.side],
    e.fewerVotes(SIDE_LABEL[problem.side], problem.names, problem.count),
  );
}

/**
 * Records a vote on an item: names or party letters for, against and abstaining, or counts.
 * More votes than voters at the item (as attendance and inhabilitet say) is refused.
 */
export async function addVote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; vote: VoteInput },
): Promise<{ id: number }> {
  const parsed = voteSchema.safeParse(input.vote);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidField(String(issue?.path[0] ?? "subject"), issue?.message ?? e.voteEmpty);
  }
  const v = parsed.data;
  const empty =
    v.inFavour.length + v.against.length + v.abstaining.length === 0 &&
    v.forCount === null &&
    v.againstCount === null &&
    v.abstainCount === null;
  if (empty) throw new DomainError("invalid", e.voteEmpty);
  return changeItemRecord(db, principal, input, "vote", async (tx, meeting, item) => {
    const full = await getMeeting(tx, meeting.id);
    const excess = full ? excessVotes(full, item.id, v) : null;
    if (excess) throw new DomainError("invalid", e.tooManyVotes(excess.cast, excess.voters));
    const problem = full ? voteNameProblem(full, item.id, v) : null;
    if (problem) throw nameRefusal(problem);
    const [last] = await tx
      .select({ position: max(votes.position) })
      .from(votes)
      .where(eq(votes.agendaItemId, item.id));
    const [row] = await tx
      .insert(votes)
      .values({ agendaItemId: item.id, position: (last?.position ?? -1) + 1, ...v })
      .returning({ id: votes.id });
    if (!row) throw new Error("vote not inserted");
    return { result: row, action: "vote.added", entityType: "vote", entityId: row.id, data: v };
  });
}
