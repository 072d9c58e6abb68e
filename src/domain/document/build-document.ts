import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { roomMessages } from "../../i18n/da/room.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatMeetingDate, formatShortDate, isoLocal } from "../../web/format-date.ts";
import { isSupplementItem } from "../agenda/supplement-item.ts";
import { attendanceSummary } from "../meeting/attendance-summary.ts";
import type { FullMeeting, MeetingItem, VoteView } from "../meeting/meeting.types.ts";
import { inPhase } from "../meeting/meeting-lifecycle.ts";
import { minutesQuorumAt, type Quorum, tallyOf, voteOutcome } from "../meeting-room/presence.ts";
import { absentDuringItem } from "../minutes/absent-during-item.ts";
import {
  type PublicItem,
  type PublicMeeting,
  type PublicParticipant,
  toPublicMeeting,
} from "../publication/publication.policy.ts";
import type { PmDoc, PmNode } from "../richtext/doc.ts";
import { docToText } from "../richtext/doc-to-text.ts";
import { textToDoc } from "../richtext/text-to-doc.ts";
import { internalCorrectionsOf, publicCorrectionsOf } from "./correction-lines.ts";
import type {
  DocumentCorrections,
  DocumentFact,
  DocumentItem,
  DocumentSection,
  MeetingDocument,
} from "./document.ts";
import { itemHeading } from "./item-heading.ts";

const m = webMessages.meeting;
const c = agendaCorrectionMessages.document;

/** The corrections field only when there are any (the document stays as it was otherwise). */
const optional = (corrections: DocumentCorrections | undefined) =>
  corrections ? { corrections } : {};
const md = minutesMessages.document;
const h = minutesMessages.hold;

type Person = Pick<
  PublicParticipant,
  "name" | "title" | "absent" | "partial" | "note" | "substituteFor"
>;

/** A note that gives the time of the arrival: »kl. 9.40«, also written »mødt kl. 9.40«. */
const ARRIVAL_TIME = /^(?:(?:mødt|ankom|ankommet|kom)\s+)?(kl\.?\s.*)$/iu;

/**
 * "Mads Medlem (Medlem) (mødt fra punkt 3. Deltog via video)", "Lotte Kjær (A) (stedfortræder
 * for Birgitte Holm)": the notes in parentheses of their own, so in a list of people parted by
 * commas a note never reads as another person. The minute taker's own note is a sentence of its
 * own after the substitution, the arrival and the leaving, except the time of the arrival, which
 * joins it: "(mødt fra punkt 3, kl. 9.40)", not "(mødt fra punkt 3. Mødt kl. 9.40)".
 */
function personLabel(p: Person): string {
  const base = p.title ? `${p.name} (${p.title})` : p.name;
  const times = [
    ...(p.substituteFor ? [md.substituteFor(p.substituteFor)] : []),
    ...p.partial.map((x) =>
      x.status === "arrived_late" ? md.lateFrom(x.itemNumber) : md.leftBefore(x.itemNumber),
    ),
  ].join("; ");
  const note = p.note?.trim().replace(/\.$/, "") ?? "";
  const arrivedAt = p.partial.some((x) => x.status === "arrived_late")
    ? ARRIVAL_TIME.exec(note)?.[1]
    : undefined;
  const notes =
    times && arrivedAt
      ? `${times}, ${arrivedAt.charAt(0).toLocaleLowerCase("da-DK")}${arrivedAt.slice(1)}`
      : times && note
        ? `${times}. ${note.charAt(0).toLocaleUpperCase("da-DK")}${note.slice(1)}`
        : times || note;
  return notes ? `${base} (${notes})` : base;
}

function factsOf(
  meeting: { startsAt: string; location: string },
  people: Person[],
  showAbsent: boolean,
): DocumentFact[] {
  const present = people.filter((p) => !showAbsent || !p.absent);
  const absent = showAbsent ? people.filter((p) => p.absent) : [];
  const facts: DocumentFact[] = [
    {
      label: m.date,
      value: formatMeetingDate(meeting.startsAt),
      datetime: isoLocal(meeting.startsAt),
    },
  ];
  if (meeting.location) facts.push({ label: m.location, value: meeting.location });
  if (present.length > 0) {
    facts.push({ label: m.participants, value: present.map(personLabel).join(", ") });
  }
  if (absent.length > 0) facts.push({ label: m.absent, value: absent.map(personLabel).join(", ") });
  return facts;
}

/** "9.30" from "09:30" or "09:30:00". */

const section = (
  kind: DocumentSection["kind"],
  heading: string,
  doc: PmDoc,
  note: string | null = null,
): DocumentSection => ({ kind, heading, note, doc });

/** An empty paragraph: what pressing Enter at the end of a field leaves. */
const isEmptyParagraph = (node: PmNode) =>
  node.type === "paragraph" && (node.content ?? []).length === 0;

/** The document without the empty paragraphs at its end, which would print as blank lines. */
function trimmedDoc(doc: PmDoc): PmDoc {
  const content = doc.content ?? [];
  let end = content.length;
  while (end > 0 && isEmptyParagraph(content[end - 1] as PmNode)) end--;
  return end === content.length ? doc : { ...doc, content: content.slice(0, end) };
}

/**
 * A case field, unless the author left it empty (a heading with nothing under it says
 * nothing), without the blank lines at its end.
 */
const fieldSection = (heading: string, doc: PmDoc, note: string | null = null) =>
  docToText(doc).trim() === "" ? [] : [section("field", heading, trimmedDoc(doc), note)];

const textSection = (kind: DocumentSection["kind"], heading: string, text: string | null) =>
  text ? [section(kind, heading, textToDoc(text))] : [];

/**
 * "For (2): A, V" – one line per side, the subject first when there is one, the outcome (§11:
 * a majority of the votes cast) last.
 */
function voteLines(v: VoteView): string[] {
  const carried = voteOutcome(tallyOf(v)) === "carried";
  return [
    ...(v.subject ? [v.subject] : []),
    md.voteLine(h.inFavour, v.inFavour, v.forCount),
    md.voteLine(h.against, v.against, v.againstCount),
    md.voteLine(h.abstaining, v.abstaining, v.abstainCount),
    carried ? roomMessages.outcome.minutesCarried : roomMessages.outcome.minutesNotCarried,
  ];
}

/** »Beslutningsdygtigt: 6 af 7 medlemmer deltager i behandlingen.«, or the count and a clear warning. */
function quorumLines(q: Quorum | null | undefined): string | null {
  if (!q) return null;
  const rq = roomMessages.quorum;
  return q.quorate
    ? rq.quorate(q.present, q.seats)
    : `${rq.present(q.present, q.seats)}\n${rq.minutesWarning}`;
}

interface ItemRecord {
  quorum?: Quorum | null;
  absentNames: string[];
  conflicts: { name: string; note: string }[];
  votes: VoteView[];
  protocolNotes: { author: string; text: string }[];
}

/** The record of how an item was handled: before the decision absence and inhabilitet. */
function recordBefore(r: ItemRecord): DocumentSection[] {
  return [
    ...textSection("quorum", roomMessages.quorum.heading, quorumLines(r.quorum)),
    ...textSection("absence", md.absentDuringItem, r.absentNames.join(", ") || null),
    ...textSection(
      "conflicts",
      md.conflicts,
      r.conflicts.map((x) => md.conflictLine(x.name, x.note)).join("\n") || null,
    ),
  ];
}

/** After the decision: votes and protokoltilførsler. */
function recordAfter(r: ItemRecord): DocumentSection[] {
  return [
    ...textSection("votes", md.votes, r.votes.flatMap(voteLines).join("\n") || null),
    ...textSection(
      "protocol_notes",
      md.protocolNotes,
      r.protocolNotes.map((x) => md.protocolNoteLine(x.author, x.text)).join("\n") || null,
    ),
  ];
}

function publicItem(item: PublicItem, index: number): DocumentItem {
  const base = {
    anchor: `punkt-${index + 1}`,
    number: item.number,
    heading: itemHeading({ ...item, withdrawn: item.closed && item.withdrawn !== undefined }),
    title: item.title,
  };
  if (item.closed && item.withdrawn) {
    return {
      ...base,
      journalNumber: null,
      closed: true,
      withdrawn: true,
      closedNote: c.withdrawnNote,
      sections: textSection("withdrawal_reason", c.withdrawalReason, item.withdrawn.reason),
      attachments: [],
    };
  }
  if (item.closed) {
    return {
      ...base,
      journalNumber: null,
      closed: true,
      closedNote: m.closedPublic,
      sections: [
        ...textSection("closure_reason", m.closureReason, item.closureReason),
        ...textSection("open_decision", m.openDecision, item.openDecision),
      ],
      attachments: [],
    };
  }
  return {
    ...base,
    journalNumber: item.journalNumber,
    closed: false,
    closedNote: null,
    sections: [
      ...item.sections.flatMap((s) => fieldSection(s.label, s.doc as PmDoc)),
      ...recordBefore(item),
      ...(item.decision ? [section("decision", m.decision, item.decision.doc as PmDoc)] : []),
      ...recordAfter(item),
    ],
    attachments: item.attachments.map((a) => ({
      id: a.id,
      name: a.name,
      title: a.title,
      mediaType: null,
      stored: a.stored,
      note: null,
    })),
  };
}

/** A withdrawn item for staff: number, title and why; its content stays with the case. */
function withdrawnItem(item: MeetingItem, index: number, meeting: FullMeeting): DocumentItem {
  const reason = meeting.corrections?.find((x) => x.itemId === item.id && x.kind === "withdrawn");
  return {
    anchor: `punkt-${index + 1}`,
    number: item.number,
    heading: itemHeading({ number: item.number, title: item.title, withdrawn: true }),
    title: item.title,
    journalNumber: item.journalNumber,
    closed: item.closed,
    withdrawn: true,
    closedNote: item.closed ? c.withdrawnClosedNote : c.withdrawnNote,
    sections: textSection("withdrawal_reason", c.withdrawalReason, reason?.reason ?? null).map(
      (s) => (item.closed ? { ...s, restricted: true } : s),
    ),
    attachments: [],
  };
}

function internalItem(
  item: MeetingItem,
  index: number,
  minutes: boolean,
  meeting: FullMeeting,
): DocumentItem {
  if (item.withdrawnAt) return withdrawnItem(item, index, meeting);
  const record: ItemRecord = minutes
    ? {
        quorum: minutesQuorumAt(meeting, item.id),
        absentNames: absentDuringItem(meeting.participants, item.number),
        conflicts: item.conflicts,
        votes: item.votes,
        protocolNotes: item.protocolNotes,
      }
    : { absentNames: [], conflicts: [], votes: [], protocolNotes: [] };
  const decision = item.decision
    ? [
        section(
          "decision",
          m.decision,
          item.decision.doc as PmDoc,
          webMessages.outcome[item.decision.outcome],
        ),
      ]
    : [];
  return {
    anchor: `punkt-${index + 1}`,
    number: item.number,
    heading: itemHeading({ ...item, supplement: isSupplementItem(item) }),
    title: item.title,
    journalNumber: item.journalNumber,
    closed: item.closed,
    closedNote: item.closed ? m.closedStaff : null,
    sections: [
      ...(item.closed ? textSection("closure_reason", m.closureReason, item.closureReason) : []),
      ...item.fields.flatMap((f) =>
        fieldSection(f.label, f.doc as PmDoc, f.public ? null : m.notPublicField),
      ),
      ...recordBefore(record),
      ...decision,
      ...recordAfter(record),
      ...(item.closed && minutes
        ? textSection("open_decision", m.openDecision, item.openDecision)
        : []),
    ],
    attachments: item.attachments.map((a) => ({
      id: a.id,
      name: a.name,
      title: a.title,
      mediaType: a.mediaType,
      stored: a.stored,
      // A closed item's bilag are not public, whatever they were marked before it was closed.
      note: a.public && !item.closed ? null : m.notPublicAttachment,
    })),
  };
}

/** The public document of a published meeting: only what the publication policy lets out. */
export function publicDocument(view: PublicMeeting): MeetingDocument {
  return {
    variant: "public",
    kind: view.kind,
    title: m.title(view.kind, view.committee.name, formatShortDate(view.startsAt)),
    organisationName: view.organisationName,
    committeeName: view.committee.name,
    facts: factsOf(view, view.participants, view.kind === "minutes"),
    items: view.items.map(publicItem),
    ...optional(publicCorrectionsOf(view)),
  };
}

/**
 * The full document for staff: closed items with their content, clearly marked. The agenda
 * until the meeting is held, the minutes after; until the minutes are published, they are
 * titled as the draft of the minutes: what has been recorded so far.
 */
export function internalDocument(
  meeting: FullMeeting,
  asked?: MeetingDocument["kind"],
): MeetingDocument {
  const open = inPhase("open", meeting.status);
  const kind = asked ?? (open ? "agenda" : "minutes");
  const minutes = kind === "minutes";
  return {
    variant: "internal",
    kind,
    // Until the minutes go out, what is printed of them is a draft, and says so.
    title: m.title(
      minutes && !inPhase("minutesOut", meeting.status) ? "draft" : kind,
      meeting.committee.name,
      formatShortDate(meeting.startsAt),
    ),
    organisationName: meeting.organisationName,
    committeeName: meeting.committee.name,
    facts: factsOf(
      meeting,
      meeting.participants.map((p) => ({
        name: p.name,
        title: p.title,
        ...attendanceSummary(p, meeting.participants),
      })),
      minutes,
    ),
    items: meeting.items.map((item, i) => internalItem(item, i, minutes, meeting)),
    ...optional(minutes ? undefined : internalCorrectionsOf(meeting)),
  };
}

/**
 * The document of a meeting in the asked variant. The public one goes through the publication
 * policy and is null when nothing of the meeting is public.
 */
export function buildDocument(
  meeting: FullMeeting,
  variant: MeetingDocument["variant"],
): MeetingDocument | null {
  if (variant === "internal") return internalDocument(meeting);
  const view = toPublicMeeting(meeting);
  return view ? publicDocument(view) : null;
}
