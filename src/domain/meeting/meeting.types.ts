import type {
  agendaCorrectionKindEnum,
  attendanceStatusEnum,
  committeeKindEnum,
  decisionOutcomeEnum,
  meetingStatusEnum,
  ProseMirrorDoc,
  purposeEnum,
  roomStatusEnum,
} from "../../db/schema/index.ts";
import type { MeetingPrivacy } from "../privacy/meeting-privacy.ts";

export type MeetingStatus = (typeof meetingStatusEnum.enumValues)[number];
/** What a correction after sending did to an item: withdrew, corrected, renumbered, closed, opened it. */
export type AgendaCorrectionKind = (typeof agendaCorrectionKindEnum.enumValues)[number];
export type AttendanceStatus = (typeof attendanceStatusEnum.enumValues)[number];
export type DecisionOutcome = (typeof decisionOutcomeEnum.enumValues)[number];
export type Purpose = (typeof purposeEnum.enumValues)[number];
export type RoomStatus = (typeof roomStatusEnum.enumValues)[number];

/** A meeting with everything a full (staff) view shows, as returned by getMeeting(). */
export interface FullMeeting {
  id: number;
  organisationId: number;
  organisationName: string;
  /** Local wall-clock time, "2025-03-12 09:00:00". */
  startsAt: string;
  endsAt: string | null;
  location: string;
  status: MeetingStatus;
  agendaPublishedAt: Date | null;
  minutesPublishedAt: Date | null;
  /** When what the public may see of it last changed (refreshPublicView); absent in memory. */
  publicChangedAt?: Date | null;
  committee: {
    id: number;
    organisationId: number;
    slug: string;
    name: string;
    kind: (typeof committeeKindEnum.enumValues)[number];
  };
  participants: MeetingParticipant[];
  items: MeetingItem[];
  /**
   * Confirmed look-alikes of CPR numbers and bilag scans, for masking the public view. Absent
   * (a meeting built in memory): every CPR-shaped number is masked.
   */
  privacy?: MeetingPrivacy;
  /** How many times the agenda went out (1 the agenda, 2 and up a supplement or correction). */
  agendaVersion?: number;
  /** Changes of items after the agenda went out, oldest first (getMeetings fills it in). */
  corrections?: AgendaCorrectionView[];
  /** Where the meeting stands while held, and the item under discussion (getMeetings). */
  room?: { status: RoomStatus; currentItemId: number | null };
  /**
   * §11 seats: the roster's formand, næstformand and members on the meeting's date; null when
   * the committee has no roster (quorum then counts the invited members).
   */
  seats?: number | null;
  /** A recording or livestream of the meeting. */
  recordingUrl?: string | null;
  /** Until when members may enter their own protokoltilførsel; null: not open to them. */
  memberNoteDeadline?: Date | null;
}

/** A withdrawal, correction or new number of an item after its agenda went out. */
export interface AgendaCorrectionView {
  id: number;
  itemId: number;
  kind: AgendaCorrectionKind;
  reason: string;
  /** Staff only: the title before a title correction. */
  previousTitle: string | null;
  newTitle: string | null;
  /** Case text corrections: the labels of the corrected fields. */
  fieldLabels: string[];
  /** Moves: the item's number before and after. */
  previousNumber: number | null;
  newNumber: number | null;
  at: Date;
  /** The agenda version (»Rettet dagsorden«) that sent it to members; null until sent. */
  sentInVersion: number | null;
  sentAt: Date | null;
}

export interface MeetingParticipant {
  id: number;
  userId: number | null;
  name: string;
  title: string | null;
  guest: boolean;
  /** The roster person invited, their party, and the participant a substitute stands in for. */
  personId?: number | null;
  party?: string | null;
  substituteForId?: number | null;
  /**
   * Attendance records; agendaItemNumber is set for arriving late or leaving early at an item.
   * showInMinutes: the minute taker ticked »vis i referatet« for the note.
   */
  attendance: {
    status: AttendanceStatus;
    agendaItemNumber: number | null;
    note: string | null;
    showInMinutes?: boolean;
  }[];
}

export interface MeetingItem {
  id: number;
  position: number;
  number: number;
  title: string;
  purpose: Purpose | null;
  journalNumber: string | null;
  /** True when the agenda item or its case is closed. */
  closed: boolean;
  closureReason: string | null;
  openDecision: string | null;
  standing: boolean;
  /**
   * False for an item added after the agenda went out and not yet sent as a supplement
   * (tillægsdagsorden): only the secretary sees it until then.
   */
  sent: boolean;
  /** The agenda version that sent the item (above 1: a supplement); null while not sent. */
  publishedInVersion?: number | null;
  /** When that version went out; null while not sent (and for items sent before it was kept). */
  sentAt?: Date | null;
  /** Set when the item was withdrawn after the agenda went out (»Punktet er trukket«). */
  withdrawnAt?: Date | null;
  slotStart: string | null;
  slotEnd: string | null;
  caseId: number | null;
  fields: CaseFieldView[];
  decision: { outcome: DecisionOutcome; text: string; doc: ProseMirrorDoc } | null;
  attachments: AttachmentView[];
  /** Inhabilitet: participants who took no part in the item. */
  conflicts: { participantId: number; name: string; note: string }[];
  votes: VoteView[];
  /** Protokoltilførsler in the order given (accepted ones only: a member's awaits the secretary). */
  protocolNotes: { author: string; text: string }[];
  /** When the meeting took the item up and left it. */
  startedAt?: Date | null;
  endedAt?: Date | null;
}

/** A vote on an item: names or party letters per side; counts when the minutes give numbers. */
export interface VoteView {
  subject: string;
  inFavour: string[];
  against: string[];
  abstaining: string[];
  forCount: number | null;
  againstCount: number | null;
  abstainCount: number | null;
}

export interface CaseFieldView {
  key: string;
  label: string;
  text: string;
  doc: ProseMirrorDoc;
  public: boolean;
}

export interface AttachmentView {
  id: number;
  /** The file name (downloads); `title` is what readers see. */
  name: string;
  title: string;
  mediaType: string | null;
  sizeBytes: number | null;
  public: boolean;
  /** True when the file itself is stored (legacy imports know the name only). */
  stored: boolean;
}

/** One row of a meeting list. */
export interface MeetingSummary {
  id: number;
  startsAt: string;
  location: string;
  status: MeetingStatus;
  agendaPublishedAt: Date | null;
  minutesPublishedAt: Date | null;
  committee: { id: number; organisationId: number; slug: string; name: string };
}
