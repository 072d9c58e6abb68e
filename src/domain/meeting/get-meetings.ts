import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import {
  agendaCorrections,
  agendaItems,
  attachments,
  attendance,
  caseFields,
  cases,
  committees,
  conflictsOfInterest,
  decisions,
  meetingParticipants,
  meetings,
  organisations,
  persons,
  protocolNotes,
  rosterMemberships,
  votes,
} from "../../db/schema/index.ts";
import { voteIsRecorded } from "../meeting-room/vote-open.ts";
import { loadMeetingPrivacy } from "../privacy/load-meeting-privacy.ts";
import { NO_PRIVACY_DATA } from "../privacy/meeting-privacy.ts";
import { covers, INVITED_ROLES } from "../roster/roster-rules.ts";
import type { AgendaCorrectionView, FullMeeting, MeetingItem } from "./meeting.types.ts";

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Many meetings at once, each exactly as getMeeting() answers it, with one query per table
 * for all of them: for indexing and exports of whole archives. Unknown ids are left out.
 */
export async function getMeetings(db: Db | Tx, meetingIds: number[]): Promise<FullMeeting[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .select({ meeting: meetings, committee: committees, organisationName: organisations.name })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .where(inArray(meetings.id, meetingIds))
    .orderBy(asc(meetings.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.meeting.id);
  const itemRows = await db
    .select({ item: agendaItems, kase: cases })
    .from(agendaItems)
    .leftJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(inArray(agendaItems.meetingId, ids))
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position));
  const itemIds = itemRows.map((r) => r.item.id);
  const caseIds = [...new Set(itemRows.flatMap((r) => (r.item.caseId ? [r.item.caseId] : [])))];
  // One after the other: in a transaction all queries share one connection.
  const fieldRows =
    caseIds.length === 0
      ? []
      : await db
          .select()
          .from(caseFields)
          .where(inArray(caseFields.caseId, caseIds))
          .orderBy(asc(caseFields.position));
  const decisionRows =
    itemIds.length === 0
      ? []
      : await db.select().from(decisions).where(inArray(decisions.agendaItemId, itemIds));
  const attachmentRows =
    itemIds.length === 0
      ? []
      : await db
          .select()
          .from(attachments)
          .where(
            caseIds.length === 0
              ? inArray(attachments.agendaItemId, itemIds)
              : or(
                  inArray(attachments.agendaItemId, itemIds),
                  inArray(attachments.caseId, caseIds),
                ),
          )
          .orderBy(asc(attachments.position), asc(attachments.id));
  const participantRows = (
    await db
      .select({ p: meetingParticipants, party: persons.party })
      .from(meetingParticipants)
      .leftJoin(persons, eq(persons.id, meetingParticipants.personId))
      .where(inArray(meetingParticipants.meetingId, ids))
      .orderBy(asc(meetingParticipants.position))
  ).map((r) => ({ ...r.p, party: r.party }));
  const attendanceRows = await db
    .select()
    .from(attendance)
    .where(inArray(attendance.meetingId, ids));
  const conflictRows =
    itemIds.length === 0
      ? []
      : await db
          .select()
          .from(conflictsOfInterest)
          .where(inArray(conflictsOfInterest.agendaItemId, itemIds))
          .orderBy(asc(conflictsOfInterest.id));
  const voteRows =
    itemIds.length === 0
      ? []
      : await db
          .select()
          .from(votes)
          .where(and(inArray(votes.agendaItemId, itemIds), voteIsRecorded))
          .orderBy(asc(votes.position), asc(votes.id));
  const noteRows =
    itemIds.length === 0
      ? []
      : await db
          .select()
          .from(protocolNotes)
          .where(
            and(inArray(protocolNotes.agendaItemId, itemIds), eq(protocolNotes.status, "accepted")),
          )
          .orderBy(asc(protocolNotes.position), asc(protocolNotes.id));
  const correctionRows = await db
    .select()
    .from(agendaCorrections)
    .where(inArray(agendaCorrections.meetingId, ids))
    .orderBy(asc(agendaCorrections.createdAt), asc(agendaCorrections.id));

  const seatRows = await db
    .select({
      committeeId: rosterMemberships.committeeId,
      startsOn: rosterMemberships.startsOn,
      endsOn: rosterMemberships.endsOn,
    })
    .from(rosterMemberships)
    .where(
      and(
        inArray(rosterMemberships.committeeId, [...new Set(rows.map((r) => r.committee.id))]),
        inArray(rosterMemberships.role, [...INVITED_ROLES]),
      ),
    );

  const fieldsOf = groupBy(fieldRows, (f) => f.caseId);
  const seatsOf = groupBy(seatRows, (x) => x.committeeId);
  const decisionOf = new Map(decisionRows.map((d) => [d.agendaItemId, d]));
  const filesOfItem = groupBy(attachmentRows, (a) => a.agendaItemId);
  const filesOfCase = groupBy(
    attachmentRows.filter((a) => a.agendaItemId === null),
    (a) => a.caseId,
  );
  const itemsOf = groupBy(itemRows, (r) => r.item.meetingId);
  const participantsOf = groupBy(participantRows, (p) => p.meetingId);
  const attendanceOf = groupBy(attendanceRows, (a) => a.participantId);
  const numberOfItem = new Map(itemRows.map((r) => [r.item.id, r.item.number]));
  const participantName = new Map(participantRows.map((p) => [p.id, p.name]));
  const conflictsOf = groupBy(conflictRows, (x) => x.agendaItemId);
  const votesOf = groupBy(voteRows, (x) => x.agendaItemId);
  const notesOf = groupBy(noteRows, (x) => x.agendaItemId);
  const correctionsOf = groupBy(correctionRows, (x) => x.meetingId);

  const full = rows.map(({ meeting, committee, organisationName }): FullMeeting => {
    const items: MeetingItem[] = (itemsOf.get(meeting.id) ?? []).map(({ item, kase }) => {
      const decision = decisionOf.get(item.id);
      const files = [
        ...(filesOfItem.get(item.id) ?? []),
        ...(item.caseId === null ? [] : (filesOfCase.get(item.caseId) ?? [])),
      ].sort((a, b) => a.position - b.position || a.id - b.id);
      return {
        id: item.id,
        position: item.position,
        number: item.number,
        title: item.title,
        purpose: item.purpose,
        journalNumber: item.journalNumber ?? kase?.journalNumber ?? null,
        closed: item.closed || (kase?.closed ?? false),
        closureReason: item.closureReason ?? kase?.closureReason ?? null,
        openDecision: item.openDecision ?? kase?.openDecision ?? null,
        standing: item.standing,
        sent: meeting.agendaVersion === 0 || item.publishedInVersion !== null,
        publishedInVersion: item.publishedInVersion,
        sentAt: item.sentAt,
        withdrawnAt: item.withdrawnAt,
        slotStart: item.slotStart,
        slotEnd: item.slotEnd,
        caseId: item.caseId,
        fields: (item.caseId === null ? [] : (fieldsOf.get(item.caseId) ?? [])).map((f) => ({
          key: f.key,
          label: f.label,
          text: f.text,
          doc: f.doc,
          public: f.public,
        })),
        decision: decision
          ? { outcome: decision.outcome, text: decision.text, doc: decision.doc }
          : null,
        attachments: files.map((a) => ({
          id: a.id,
          name: a.name,
          title: a.title,
          mediaType: a.mediaType,
          sizeBytes: a.sizeBytes,
          public: a.public,
          stored: a.storageKey !== null,
        })),
        conflicts: (conflictsOf.get(item.id) ?? []).map((x) => ({
          participantId: x.participantId,
          name: participantName.get(x.participantId) ?? "",
          note: x.note,
        })),
        votes: (votesOf.get(item.id) ?? []).map((v) => ({
          subject: v.subject,
          inFavour: v.inFavour,
          against: v.against,
          abstaining: v.abstaining,
          forCount: v.forCount,
          againstCount: v.againstCount,
          abstainCount: v.abstainCount,
        })),
        protocolNotes: (notesOf.get(item.id) ?? []).map((n) => ({
          author: n.author,
          text: n.text,
        })),
        startedAt: item.startedAt,
        endedAt: item.endedAt,
      };
    });
    return {
      id: meeting.id,
      organisationId: meeting.organisationId,
      organisationName,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      location: meeting.location,
      status: meeting.status,
      agendaPublishedAt: meeting.agendaPublishedAt,
      minutesPublishedAt: meeting.minutesPublishedAt,
      publicChangedAt: meeting.publicChangedAt,
      committee: {
        id: committee.id,
        organisationId: committee.organisationId,
        slug: committee.slug,
        name: committee.name,
        kind: committee.kind,
      },
      participants: (participantsOf.get(meeting.id) ?? []).map((p) => ({
        id: p.id,
        userId: p.userId,
        name: p.name,
        title: p.title,
        guest: p.guest,
        personId: p.personId,
        party: p.party,
        substituteForId: p.substituteForId,
        attendance: (attendanceOf.get(p.id) ?? []).map((a) => ({
          status: a.status,
          agendaItemNumber: a.agendaItemId ? (numberOfItem.get(a.agendaItemId) ?? null) : null,
          note: a.note,
          showInMinutes: a.showInMinutes,
        })),
      })),
      items,
      agendaVersion: meeting.agendaVersion,
      room: { status: meeting.roomStatus, currentItemId: meeting.currentItemId },
      seats: seatsOf.has(committee.id)
        ? (seatsOf.get(committee.id) ?? []).filter((x) => covers(x, meeting.startsAt.slice(0, 10)))
            .length
        : null,
      recordingUrl: meeting.recordingUrl,
      memberNoteDeadline: meeting.memberNoteDeadline,
      corrections: (correctionsOf.get(meeting.id) ?? []).map(
        (x): AgendaCorrectionView => ({
          id: x.id,
          itemId: x.agendaItemId,
          kind: x.kind,
          reason: x.reason,
          previousTitle: x.previousTitle,
          newTitle: x.newTitle,
          fieldLabels: x.fieldLabels ?? [],
          previousNumber: x.previousNumber,
          newNumber: x.newNumber,
          at: x.createdAt,
          sentInVersion: x.sentInVersion,
          sentAt: x.sentAt,
        }),
      ),
    };
  });
  // Last, since what it loads depends on the bilag found above.
  const privacy = await loadMeetingPrivacy(
    db,
    full.map((m) => ({
      id: m.id,
      organisationId: m.organisationId,
      attachmentIds: m.items.flatMap((i) => i.attachments.map((a) => a.id)),
    })),
  );
  return full.map((m) => ({ ...m, privacy: privacy.get(m.id) ?? NO_PRIVACY_DATA }));
}
