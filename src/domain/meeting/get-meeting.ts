import { asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import {
  agendaItems,
  attachments,
  attendance,
  caseFields,
  cases,
  committees,
  decisions,
  meetingParticipants,
  meetings,
  organisations,
} from "../../db/schema/index.ts";
import type { AttachmentView, CaseFieldView, FullMeeting, MeetingItem } from "./meeting.types.ts";

/** The whole meeting: committee, participants with attendance, items in order with content. */
export async function getMeeting(db: Db, meetingId: number): Promise<FullMeeting | null> {
  if (!isRowId(meetingId)) return null;
  const [row] = await db
    .select({ meeting: meetings, committee: committees, organisationName: organisations.name })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .where(eq(meetings.id, meetingId));
  if (!row) return null;
  const { meeting, committee } = row;

  const itemRows = await db
    .select({ item: agendaItems, kase: cases })
    .from(agendaItems)
    .leftJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
  const itemIds = itemRows.map((r) => r.item.id);
  const caseIds = [...new Set(itemRows.flatMap((r) => (r.item.caseId ? [r.item.caseId] : [])))];

  const [fieldRows, decisionRows, attachmentRows, participantRows, attendanceRows] =
    await Promise.all([
      caseIds.length === 0
        ? []
        : db
            .select()
            .from(caseFields)
            .where(inArray(caseFields.caseId, caseIds))
            .orderBy(asc(caseFields.position)),
      itemIds.length === 0
        ? []
        : db.select().from(decisions).where(inArray(decisions.agendaItemId, itemIds)),
      itemIds.length === 0
        ? []
        : db
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
            .orderBy(asc(attachments.position), asc(attachments.id)),
      db
        .select()
        .from(meetingParticipants)
        .where(eq(meetingParticipants.meetingId, meetingId))
        .orderBy(asc(meetingParticipants.position)),
      db.select().from(attendance).where(eq(attendance.meetingId, meetingId)),
    ]);

  const numberOfItem = new Map(itemRows.map((r) => [r.item.id, r.item.number]));
  const items: MeetingItem[] = itemRows.map(({ item, kase }) => {
    const fields: CaseFieldView[] = fieldRows
      .filter((f) => f.caseId === item.caseId)
      .map((f) => ({ key: f.key, label: f.label, text: f.text, doc: f.doc, public: f.public }));
    const decision = decisionRows.find((d) => d.agendaItemId === item.id);
    const files: AttachmentView[] = attachmentRows
      .filter(
        (a) =>
          a.agendaItemId === item.id ||
          (a.agendaItemId === null && a.caseId !== null && a.caseId === item.caseId),
      )
      .map((a) => ({
        id: a.id,
        name: a.name,
        mediaType: a.mediaType,
        sizeBytes: a.sizeBytes,
        public: a.public,
        stored: a.storageKey !== null,
      }));
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
      slotStart: item.slotStart,
      slotEnd: item.slotEnd,
      caseId: item.caseId,
      fields,
      decision: decision
        ? { outcome: decision.outcome, text: decision.text, doc: decision.doc }
        : null,
      attachments: files,
    };
  });

  return {
    id: meeting.id,
    organisationId: meeting.organisationId,
    organisationName: row.organisationName,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    status: meeting.status,
    agendaPublishedAt: meeting.agendaPublishedAt,
    minutesPublishedAt: meeting.minutesPublishedAt,
    committee: {
      id: committee.id,
      organisationId: committee.organisationId,
      slug: committee.slug,
      name: committee.name,
      kind: committee.kind,
    },
    participants: participantRows.map((p) => ({
      id: p.id,
      userId: p.userId,
      name: p.name,
      title: p.title,
      guest: p.guest,
      attendance: attendanceRows
        .filter((a) => a.participantId === p.id)
        .map((a) => ({
          status: a.status,
          agendaItemNumber: a.agendaItemId ? (numberOfItem.get(a.agendaItemId) ?? null) : null,
          note: a.note,
        })),
    })),
    items,
  };
}
