import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { agendaItems, votes } from "../../db/schema/index.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import { DomainError } from "../domain-error.ts";

const e = roomMessages.errors;

/**
 * A vote cast from devices on an item of this meeting, locked for the transaction: ballots and
 * closing wait for each other. A vote of another meeting, or one only recorded, is not found;
 * a closed one is a conflict.
 */
export async function loadOpenVote(tx: Tx, meetingId: number, voteId: number) {
  if (!isRowId(voteId)) throw new DomainError("not_found", e.voteNotFound);
  const [row] = await tx
    .select({ vote: votes })
    .from(votes)
    .innerJoin(agendaItems, eq(agendaItems.id, votes.agendaItemId))
    .where(and(eq(votes.id, voteId), eq(agendaItems.meetingId, meetingId)))
    .for("update", { of: votes });
  if (!row || row.vote.openedAt === null) throw new DomainError("not_found", e.voteNotFound);
  if (row.vote.closedAt !== null) throw new DomainError("conflict", e.voteClosed);
  return row.vote;
}
