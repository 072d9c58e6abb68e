import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import {
  agendaItems,
  committees,
  decisions,
  followUpTasks,
  meetings,
  protocolNotes,
  users,
  votes,
} from "../../db/schema/index.ts";
import { canManageCommittee, type Principal } from "../access/access.policy.ts";
import { type CaseMeeting, listCaseMeetings } from "../case/get-case-history.ts";
import { listCommitteePeople } from "../follow-up/committee-people.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { statusesOf } from "../meeting/meeting-lifecycle.ts";
import { voteIsRecorded } from "../meeting-room/vote-open.ts";
import { isApprovingItem, minutesAwaitingApproval } from "../minutes/approving-item.ts";
import { listRosterOn } from "../roster/list-roster.ts";
import { loadMeetingForMinutes } from "./load-recordable-meeting.ts";
import { isRecordable } from "./meeting-mode.policy.ts";

export interface MeetingRef {
  id: number;
  startsAt: string;
  committeeName: string;
}

export interface ItemModeView {
  decision: { version: number; savedBy: string | null; savedAt: Date } | null;
  /** The stored ids of the item's votes and notes, in the order FullMeeting lists them. */
  voteIds: number[];
  noteIds: number[];
  /** Where the case went from here, and where it came from. */
  continuedTo: (MeetingRef & { continuation: "postponed" | "forwarded" }) | null;
  continuedFrom: (MeetingRef & { continuation: "postponed" | "forwarded" }) | null;
  followUps: {
    id: number;
    what: string;
    assigneeName: string;
    dueOn: string | null;
    doneAt: Date | null;
  }[];
  approvesMinutes: boolean;
  /** Every meeting the item's case passed, this one included (one entry: no history yet). */
  caseMeetings: CaseMeeting[];
}

export interface MeetingModeView {
  meeting: FullMeeting;
  recordable: boolean;
  items: Map<number, ItemModeView>;
  /** Later meetings of the same committee, for postponing. */
  laterMeetings: MeetingRef[];
  /** Coming meetings of other committees the principal may add to, for forwarding. */
  otherMeetings: MeetingRef[];
  people: { id: number; name: string }[];
  /** The previous meeting's minutes awaiting approval under this meeting's standing item. */
  minutesToApprove: MeetingRef | null;
  /** Substitutes on the committee's roster on the meeting's date, who can be called in. */
  substitutes: { personId: number; name: string }[];
}

/** Everything the minute taker's page shows; the same checks as the use cases. */
export async function getMeetingModeView(
  db: Db,
  principal: Principal,
  meetingId: number,
): Promise<MeetingModeView> {
  const row = await loadMeetingForMinutes(db, principal, meetingId, {
    recording: false,
    lock: false,
  });
  const meeting = await getMeeting(db, row.id);
  if (!meeting) throw new Error(`meeting ${row.id} vanished`);
  const itemIds = meeting.items.map((i) => i.id);
  const none = itemIds.length === 0;
  const decisionRows = none
    ? []
    : await db
        .select({
          itemId: decisions.agendaItemId,
          version: decisions.version,
          savedAt: decisions.updatedAt,
          savedBy: users.name,
        })
        .from(decisions)
        .leftJoin(users, eq(users.id, decisions.recordedBy))
        .where(inArray(decisions.agendaItemId, itemIds));
  const voteRows = none
    ? []
    : await db
        .select({ id: votes.id, itemId: votes.agendaItemId })
        .from(votes)
        .where(and(inArray(votes.agendaItemId, itemIds), voteIsRecorded))
        .orderBy(asc(votes.position), asc(votes.id));
  const noteRows = none
    ? []
    : await db
        .select({ id: protocolNotes.id, itemId: protocolNotes.agendaItemId })
        .from(protocolNotes)
        .where(inArray(protocolNotes.agendaItemId, itemIds))
        .orderBy(asc(protocolNotes.position), asc(protocolNotes.id));
  const taskRows = none
    ? []
    : await db
        .select()
        .from(followUpTasks)
        .where(inArray(followUpTasks.agendaItemId, itemIds))
        .orderBy(asc(followUpTasks.id));
  const refSelect = {
    itemId: agendaItems.id,
    previousItemId: agendaItems.previousItemId,
    continuation: agendaItems.continuation,
    meetingId: meetings.id,
    startsAt: meetings.startsAt,
    committeeName: committees.name,
  };
  const nextRows = none
    ? []
    : await db
        .select(refSelect)
        .from(agendaItems)
        .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
        .innerJoin(committees, eq(committees.id, meetings.committeeId))
        .where(inArray(agendaItems.previousItemId, itemIds));
  // This meeting's items that continue an earlier one: where from, and how.
  const continuing = none
    ? []
    : (
        await db
          .select({
            id: agendaItems.id,
            previousItemId: agendaItems.previousItemId,
            continuation: agendaItems.continuation,
          })
          .from(agendaItems)
          .where(inArray(agendaItems.id, itemIds))
      ).flatMap((r) =>
        r.previousItemId === null ? [] : [{ ...r, previousItemId: r.previousItemId }],
      );
  const prevRows = continuing.length
    ? await db
        .select(refSelect)
        .from(agendaItems)
        .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
        .innerJoin(committees, eq(committees.id, meetings.committeeId))
        .where(
          inArray(
            agendaItems.id,
            continuing.map((p) => p.previousItemId),
          ),
        )
    : [];

  const coming = await db
    .select({
      id: meetings.id,
      startsAt: meetings.startsAt,
      committeeId: meetings.committeeId,
      organisationId: meetings.organisationId,
      committeeName: committees.name,
    })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(
      and(
        eq(meetings.organisationId, row.organisationId),
        gt(meetings.startsAt, row.startsAt),
        inArray(meetings.status, statusesOf("open")),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(200);
  const laterMeetings = coming.filter((m) => m.committeeId === row.committeeId).slice(0, 12);
  const seen = new Set<number>();
  const otherMeetings = coming.filter((m) => {
    if (m.committeeId === row.committeeId || seen.has(m.committeeId)) return false;
    if (!canManageCommittee(principal, { id: m.committeeId, organisationId: m.organisationId }))
      return false;
    seen.add(m.committeeId);
    return true;
  });
  const awaiting = await minutesAwaitingApproval(db, row);
  const items = new Map<number, ItemModeView>();
  for (const item of meeting.items) {
    const d = decisionRows.find((x) => x.itemId === item.id);
    const next = nextRows.find((x) => x.previousItemId === item.id);
    const from = continuing.find((p) => p.id === item.id);
    const prev = from ? prevRows.find((x) => x.itemId === from.previousItemId) : undefined;
    const ref = (x: (typeof nextRows)[number], c: "postponed" | "forwarded" | null) =>
      c
        ? { id: x.meetingId, startsAt: x.startsAt, committeeName: x.committeeName, continuation: c }
        : null;
    items.set(item.id, {
      decision: d ? { version: d.version, savedBy: d.savedBy, savedAt: d.savedAt } : null,
      voteIds: voteRows.filter((v) => v.itemId === item.id).map((v) => v.id),
      noteIds: noteRows.filter((v) => v.itemId === item.id).map((v) => v.id),
      continuedTo: next ? ref(next, next.continuation) : null,
      continuedFrom: prev ? ref(prev, from?.continuation ?? null) : null,
      followUps: taskRows
        .filter((t) => t.agendaItemId === item.id)
        .map((t) => ({
          id: t.id,
          what: t.what,
          assigneeName: t.assigneeName,
          dueOn: t.dueOn,
          doneAt: t.doneAt,
        })),
      approvesMinutes: await isApprovingItem(db, row.committeeId, item),
      caseMeetings: item.caseId === null ? [] : await listCaseMeetings(db, item.caseId),
    });
  }
  const committeeName = meeting.committee.name;
  return {
    meeting,
    recordable: isRecordable(row.status),
    items,
    laterMeetings: laterMeetings.map((m) => ({ id: m.id, startsAt: m.startsAt, committeeName })),
    otherMeetings: otherMeetings.map((m) => ({
      id: m.id,
      startsAt: m.startsAt,
      committeeName: m.committeeName,
    })),
    people: await listCommitteePeople(db, meeting.committee),
    minutesToApprove: awaiting
      ? { id: awaiting.id, startsAt: awaiting.startsAt, committeeName }
      : null,
    substitutes: (
      await listRosterOn(db, row.committeeId, row.startsAt.slice(0, 10), ["substitute"])
    ).map((s) => ({ personId: s.personId, name: s.name })),
  };
}
