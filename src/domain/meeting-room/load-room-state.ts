import { and, asc, count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { agendaItems, speakerRequests, voteBallots, votes } from "../../db/schema/index.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { tallyOf, voteOutcome } from "./presence.ts";
import { type RoomRows, type RoomState, roomStateOf } from "./room-state.ts";
import { voteIsOpen } from "./vote-open.ts";

/** The room's own rows of a meeting: its open vote, its last closed vote, the speaker list. */
export async function loadRoomRows(db: Db | Tx, meeting: FullMeeting): Promise<RoomRows> {
  const [open] = await db
    .select({ id: votes.id, itemId: votes.agendaItemId, subject: votes.subject })
    .from(votes)
    .innerJoin(agendaItems, eq(agendaItems.id, votes.agendaItemId))
    .where(and(eq(agendaItems.meetingId, meeting.id), voteIsOpen))
    .orderBy(desc(votes.openedAt))
    .limit(1);
  const [cast] = open
    ? await db.select({ n: count() }).from(voteBallots).where(eq(voteBallots.voteId, open.id))
    : [];
  const [last] = await db
    .select({ vote: votes })
    .from(votes)
    .innerJoin(agendaItems, eq(agendaItems.id, votes.agendaItemId))
    .where(and(eq(agendaItems.meetingId, meeting.id), isNotNull(votes.closedAt)))
    .orderBy(desc(votes.closedAt), desc(votes.id))
    .limit(1);
  const currentItemId = meeting.room?.currentItemId ?? null;
  const speakers =
    currentItemId === null
      ? []
      : await db
          .select({
            id: speakerRequests.id,
            participantId: speakerRequests.participantId,
            startedAt: speakerRequests.startedAt,
          })
          .from(speakerRequests)
          .where(
            and(
              eq(speakerRequests.meetingId, meeting.id),
              eq(speakerRequests.agendaItemId, currentItemId),
              isNull(speakerRequests.endedAt),
            ),
          )
          .orderBy(asc(speakerRequests.position), asc(speakerRequests.id));
  const v = last?.vote;
  return {
    openVote: open ? { ...open, cast: cast?.n ?? 0 } : null,
    lastClosed: v
      ? {
          id: v.id,
          itemId: v.agendaItemId,
          subject: v.subject,
          inFavour: v.inFavour,
          against: v.against,
          abstaining: v.abstaining,
          forCount: v.forCount,
          againstCount: v.againstCount,
          abstainCount: v.abstainCount,
          outcome: voteOutcome(tallyOf(v)),
        }
      : null,
    speakers,
  };
}

/** The room's state as staff see it (every item); null for an unknown meeting. */
export async function loadRoomState(db: Db | Tx, meetingId: number): Promise<RoomState | null> {
  const meeting = await getMeeting(db, meetingId);
  if (!meeting) return null;
  return roomStateOf(meeting, await loadRoomRows(db, meeting));
}
