import type { ParsedItem, ParsedMinutes } from "../../import/model.ts";
import { attendeesOf } from "../archive/insert-minutes.ts";
import { decisionOf, fieldsOf } from "../archive/item-texts.ts";
import { purposeFromTitle } from "../case/purpose.ts";
import type { FullMeeting, MeetingItem } from "../meeting/meeting.types.ts";

/** The clock of a parsed time slot as stored on an agenda item ("09:30"). */
const slot = (item: ParsedItem, end: "start" | "end") => item.timeSlot?.[end] ?? null;

function itemOf(item: ParsedItem, position: number): MeetingItem {
  return {
    id: 0,
    position,
    number: item.number,
    title: item.title,
    purpose: purposeFromTitle(item.title),
    journalNumber: item.journalNumber,
    closed: item.closed,
    closureReason: item.closureReason,
    openDecision: item.openDecision,
    standing: false,
    sent: true,
    slotStart: slot(item, "start"),
    slotEnd: slot(item, "end"),
    caseId: null,
    fields: fieldsOf(item, 0).map((f) => ({
      key: f.key,
      label: f.label,
      text: f.text,
      doc: f.doc,
      public: f.public,
    })),
    decision: decisionOf(item),
    attachments: item.attachments.map((name) => ({
      id: 0,
      name,
      title: name,
      mediaType: null,
      sizeBytes: null,
      public: !item.closed,
      stored: false,
    })),
    conflicts: [],
    votes: [],
    protocolNotes: [],
  };
}

/**
 * A parsed legacy document as the meeting it would become when imported and published, so it
 * renders through the same document model and publication policy as stored meetings. Minutes
 * when any item has a decision, else an agenda.
 */
export function meetingFromParsed(parsed: ParsedMinutes, organisationName = ""): FullMeeting {
  const isMinutes = parsed.items.some((i) => i.decision !== null);
  const published = new Date(0);
  return {
    id: 0,
    organisationId: 0,
    organisationName,
    startsAt: `${parsed.meeting.date} ${parsed.meeting.startTime ?? "00:00"}:00`,
    endsAt: null,
    location: parsed.meeting.location,
    status: isMinutes ? "minutes_approved" : "agenda_published",
    agendaPublishedAt: published,
    minutesPublishedAt: isMinutes ? published : null,
    committee: {
      id: 0,
      organisationId: 0,
      slug: "",
      name: parsed.meeting.committee,
      kind: "administrative",
    },
    participants: attendeesOf(parsed.meeting).map((p, i) => ({
      id: i,
      userId: null,
      name: p.name,
      title: p.title,
      guest: false,
      attendance: p.absent ? [{ status: "absent", agendaItemNumber: null, note: null }] : [],
    })),
    items: parsed.items.map(itemOf),
  };
}
