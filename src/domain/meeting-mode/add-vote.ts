import { eq, max } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { votes } from "../../db/schema/index.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError, invalidField } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import {
  excessVotes,
  partyLetterCounts,
  partyTarget,
  voteNameProblem,
} from "../meeting-room/presence.ts";
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

type Vote = z.output<typeof voteSchema>;

/** The field a refusal of the vote's sum is marked at: a count typed, else the first names. */
function sumField(v: Vote): string {
  const counted = (["forCount", "againstCount", "abstainCount"] as const).find(
    (k) => v[k] !== null,
  );
  if (counted) return counted;
  return (
    (["inFavour", "against", "abstaining"] as const).find((k) => v[k].length > 0) ?? "forCount"
  );
}

/**
 * The vote as it is stored, or the refusal of it: its names checked against attendance,
 * party letters standing alone (»A, V«: all of A's and V's voters) counted, and the sum no
 * more than the voters at the item.
 */
function checkedVote(meeting: FullMeeting, itemId: number, v: Vote): Vote {
  const problem = voteNameProblem(meeting, itemId, v);
  if (problem) throw nameRefusal(problem);
  const counts = partyLetterCounts(meeting, itemId, v);
  if (!counts) throw invalidField(sumField(v), e.partyLetterUncounted);
  const counted = { ...v, ...counts };
  const excess = excessVotes(meeting, itemId, counted);
  if (excess) throw invalidField(sumField(v), e.tooManyVotes(excess.cast, excess.voters));
  return counted;
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
  let v: Vote = parsed.data;
  const empty =
    v.inFavour.length + v.against.length + v.abstaining.length === 0 &&
    v.forCount === null &&
    v.againstCount === null &&
    v.abstainCount === null;
  if (empty) throw new DomainError("invalid", e.voteEmpty);
  return changeItemRecord(db, principal, input, "vote", async (tx, meeting, item) => {
    const full = await getMeeting(tx, meeting.id);
    if (full) v = checkedVote(full, item.id, v);
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
