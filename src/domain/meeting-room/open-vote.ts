import { and, eq, max } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, votes } from "../../db/schema/index.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import type { Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { loadItemOf } from "../meeting-mode/load-recordable-meeting.ts";
import { changeRoom } from "./change-room.ts";
import { loadRoomAsChair } from "./room.policy.ts";
import { voteIsOpen } from "./vote-open.ts";

const e = roomMessages.errors;

/**
 * Opens a vote on an item that members cast from their own devices, while the meeting is
 * running. One vote is open at a time in a meeting; the chair closes it (closeVote), which records it like any other vote.
 */
export async function openVote(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; subject: string },
): Promise<{ id: number }> {
  const subject = input.subject.trim();
  if (subject.length > 300) throw new DomainError("invalid", e.subjectTooLong);
  return changeRoom(db, principal.user.id, async (tx) => {
    const meeting = await loadRoomAsChair(tx, principal, input.meetingId);
    // Not before the meeting starts, nor during a pause: the members are not at their seats.
    if (meeting.roomStatus !== "running") throw new DomainError("conflict", e.voteRoomNotRunning);
    const item = await loadItemOf(tx, meeting.id, input.itemId).catch(() => {
      throw new DomainError("not_found", e.itemNotFound);
    });
    const [open] = await tx
      .select({ id: votes.id })
      .from(votes)
      .innerJoin(agendaItems, eq(agendaItems.id, votes.agendaItemId))
      .where(and(eq(agendaItems.meetingId, meeting.id), voteIsOpen));
    if (open) throw new DomainError("conflict", e.voteOpen);
    const [last] = await tx
      .select({ position: max(votes.position) })
      .from(votes)
      .where(eq(votes.agendaItemId, item.id));
    const [row] = await tx
      .insert(votes)
      .values({
        agendaItemId: item.id,
        position: (last?.position ?? -1) + 1,
        subject,
        openedAt: new Date(),
      })
      .returning({ id: votes.id });
    if (!row) throw new Error("vote not inserted");
    return {
      result: row,
      meeting,
      action: "vote.opened",
      entityType: "vote",
      entityId: row.id,
      data: { itemId: item.id, subject },
    };
  });
}
