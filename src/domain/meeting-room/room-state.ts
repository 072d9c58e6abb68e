import { roomItemHeading } from "../document/item-heading.ts";
import type { FullMeeting, MeetingItem, RoomStatus } from "../meeting/meeting.types.ts";
import { hasSentApologies, type Quorum, quorumAt, type VoteOutcome, votersAt } from "./presence.ts";

/**
 * Everything the room shows at one moment: the live view, the room display, the chair's
 * console and members' devices are all drawn from it. Plain data (dates as ISO strings), as it
 * travels over server-sent events. Closed items carry their title only.
 */
export interface RoomState {
  meetingId: number;
  status: RoomStatus;
  currentItem: RoomItem | null;
  attendance: {
    present: string[];
    afbud: string[];
    late: { name: string; itemNumber: number }[];
    left: { name: string; itemNumber: number }[];
    substitutes: { name: string; forName: string }[];
  };
  /** At the current item; null when no item is under discussion. */
  quorum: Quorum | null;
  /** Its item, subject and how many have voted, never who. */
  openVote: {
    id: number;
    itemId: number;
    /** The item voted on, which need not be the one under discussion. */
    item: { number: number; title: string } | null;
    subject: string;
    cast: number;
    eligible: number;
  } | null;
  lastResult: {
    id: number;
    itemId: number;
    subject: string;
    inFavour: string[];
    against: string[];
    abstaining: string[];
    counts: { inFavour: number; against: number; abstaining: number };
    outcome: VoteOutcome;
  } | null;
  speakers: {
    itemId: number | null;
    current: RoomSpeaker | null;
    queue: RoomSpeaker[];
  };
  decisions: {
    itemId: number;
    number: number;
    title: string;
    outcome: string;
    text: string | null;
  }[];
}

export interface RoomItem {
  id: number;
  number: number;
  title: string;
  /** »Punkt 7: … (tillægspunkt)«, as the agenda heads it. */
  heading: string;
  closed: boolean;
  startedAt: string | null;
}

export interface RoomSpeaker {
  id: number;
  participantId: number;
  name: string;
  startedAt: string | null;
}

/** The rows of the room's own tables that the state is built from. */
export interface RoomRows {
  openVote: { id: number; itemId: number; subject: string; cast: number } | null;
  lastClosed: {
    id: number;
    itemId: number;
    subject: string;
    inFavour: string[];
    against: string[];
    abstaining: string[];
    forCount: number | null;
    againstCount: number | null;
    abstainCount: number | null;
    outcome: VoteOutcome;
  } | null;
  speakers: { id: number; participantId: number; startedAt: Date | null }[];
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

const named = (item: MeetingItem | undefined) =>
  item ? { number: item.number, title: item.title } : null;

function itemOf(item: MeetingItem): RoomItem {
  return {
    id: item.id,
    number: item.number,
    title: item.title,
    heading: roomItemHeading(item),
    closed: item.closed,
    startedAt: iso(item.startedAt),
  };
}

/** Builds the state from the meeting (as getMeeting answers it) and the room's rows. */
export function roomStateOf(meeting: FullMeeting, rows: RoomRows): RoomState {
  const room = meeting.room ?? { status: "not_started" as const, currentItemId: null };
  const current = meeting.items.find((x) => x.id === room.currentItemId) ?? null;
  const nameOf = new Map(meeting.participants.map((p) => [p.id, p.name]));
  const present = meeting.participants.filter((p) => !hasSentApologies(p));
  const partial = (status: "arrived_late" | "left_early") =>
    meeting.participants.flatMap((p) =>
      p.attendance
        .filter((a) => a.status === status && a.agendaItemNumber !== null)
        .map((a) => ({ name: p.name, itemNumber: a.agendaItemNumber as number })),
    );
  const speaker = (s: RoomRows["speakers"][number]): RoomSpeaker => ({
    id: s.id,
    participantId: s.participantId,
    name: nameOf.get(s.participantId) ?? "",
    startedAt: iso(s.startedAt),
  });
  const itemById = (itemId: number) => meeting.items.find((x) => x.id === itemId);
  const closedItem = (itemId: number) => itemById(itemId)?.closed;
  const last = rows.lastClosed;
  const lastHidden = last ? closedItem(last.itemId) === true : false;
  return {
    meetingId: meeting.id,
    status: room.status,
    currentItem: current ? itemOf(current) : null,
    attendance: {
      present: present.map((p) => p.name),
      afbud: meeting.participants.filter(hasSentApologies).map((p) => p.name),
      late: partial("arrived_late"),
      left: partial("left_early"),
      substitutes: meeting.participants.flatMap((p) =>
        p.substituteForId ? [{ name: p.name, forName: nameOf.get(p.substituteForId) ?? "" }] : [],
      ),
    },
    quorum: current ? quorumAt(meeting, current.id) : null,
    openVote: rows.openVote
      ? {
          ...rows.openVote,
          item: named(itemById(rows.openVote.itemId)),
          subject: closedItem(rows.openVote.itemId) ? "" : rows.openVote.subject,
          eligible: votersAt(meeting, rows.openVote.itemId).length,
        }
      : null,
    lastResult: last
      ? {
          id: last.id,
          itemId: last.itemId,
          subject: lastHidden ? "" : last.subject,
          inFavour: lastHidden ? [] : last.inFavour,
          against: lastHidden ? [] : last.against,
          abstaining: lastHidden ? [] : last.abstaining,
          counts: {
            inFavour: last.forCount ?? last.inFavour.length,
            against: last.againstCount ?? last.against.length,
            abstaining: last.abstainCount ?? last.abstaining.length,
          },
          outcome: last.outcome,
        }
      : null,
    speakers: {
      itemId: current?.id ?? null,
      current: rows.speakers.filter((s) => s.startedAt).map(speaker)[0] ?? null,
      queue: rows.speakers.filter((s) => !s.startedAt).map(speaker),
    },
    decisions: meeting.items.flatMap((item) =>
      item.decision
        ? [
            {
              itemId: item.id,
              number: item.number,
              title: item.title,
              outcome: item.decision.outcome,
              text: item.closed ? null : item.decision.text,
            },
          ]
        : [],
    ),
  };
}

/**
 * The state as a viewer may see it: `visible` are the items they may read (members do not see
 * an item waiting for its supplement). Anything of another item is left out.
 */
export function roomStateFor(state: RoomState, visible: ReadonlySet<number>): RoomState {
  const sees = (itemId: number | null | undefined) => itemId != null && visible.has(itemId);
  const current = sees(state.currentItem?.id);
  return {
    ...state,
    currentItem: current ? state.currentItem : null,
    quorum: current ? state.quorum : null,
    openVote: sees(state.openVote?.itemId) ? state.openVote : null,
    lastResult: sees(state.lastResult?.itemId) ? state.lastResult : null,
    speakers: current ? state.speakers : { itemId: null, current: null, queue: [] },
    decisions: state.decisions.filter((d) => visible.has(d.itemId)),
  };
}
