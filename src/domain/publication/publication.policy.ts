import { and, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import { meetings, type ProseMirrorDoc } from "../../db/schema/index.ts";
import { clockOf, MINUTES_PER_DAY, minutesOfDay } from "../agenda/agenda-layout.ts";
import { isPending } from "../agenda/pending-corrections.ts";
import { isSupplementItem } from "../agenda/supplement-item.ts";
import { type AttendanceSummary, attendanceSummary } from "../meeting/attendance-summary.ts";
import type {
  AgendaCorrectionKind,
  DecisionOutcome,
  FullMeeting,
  MeetingItem,
  MeetingParticipant,
  MeetingStatus,
  VoteView,
} from "../meeting/meeting.types.ts";
import { inPhase, statusesOf } from "../meeting/meeting-lifecycle.ts";
import { minutesQuorumAt, type Quorum } from "../meeting-room/presence.ts";
import { absentDuringItem } from "../minutes/absent-during-item.ts";
import { applyPrivacy } from "../privacy/apply-privacy.ts";

/**
 * The one place that decides what of a meeting the public may see. Public pages, feeds,
 * search and exports must render only what toPublicMeeting() returns.
 */

export type PublicationKind = "agenda" | "minutes";

/** What decides publication: the status, and whether agenda and minutes were published. */
export interface PublicationState {
  status: MeetingStatus;
  agendaPublishedAt: Date | null;
  minutesPublishedAt: Date | null;
}

const _isOneOf = (status: MeetingStatus, list: readonly MeetingStatus[]) => list.includes(status);

/**
 * "minutes" once the minutes are published; "agenda" once the agenda is (also while the
 * meeting is held and its minutes are not yet out); else null. Imported archives stay private
 * until someone publishes them, because their published-at is empty.
 */
export function publicationKind(m: PublicationState): PublicationKind | null {
  if (inPhase("minutesOut", m.status) && m.minutesPublishedAt) return "minutes";
  if (inPhase("agendaOut", m.status) && m.agendaPublishedAt) return "agenda";
  return null;
}

/** The same rule as publicationKind() !== null, as SQL over the meetings table. */
export const isPublicMeeting: SQL = or(
  and(inArray(meetings.status, statusesOf("minutesOut")), isNotNull(meetings.minutesPublishedAt)),
  and(inArray(meetings.status, statusesOf("agendaOut")), isNotNull(meetings.agendaPublishedAt)),
) as SQL;

/** When the public first could see the meeting: its agenda's or its minutes' publication. */
export function firstPublishedAt(m: PublicationState): Date | null {
  const times = [m.agendaPublishedAt, m.minutesPublishedAt].filter((t): t is Date => t !== null);
  return times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : null;
}

/** The same as firstPublishedAt(), as SQL over the meetings table (LEAST skips nulls). */
export const firstPublishedAtSql: SQL = sql`least(${meetings.agendaPublishedAt}, ${meetings.minutesPublishedAt})`;

/**
 * When what the public sees of the meeting last changed: the one gate's stamp, or its first
 * publication when it was published by a way that does not stamp (a meeting made public
 * before the stamp existed is stamped by migration 0024).
 */
export function lastPublicChangeAt(
  m: PublicationState & { publicChangedAt?: Date | null },
): Date | null {
  return m.publicChangedAt ?? firstPublishedAt(m);
}

/** The same as lastPublicChangeAt(), as SQL over the meetings table. */
export const lastPublicChangeAtSql: SQL = sql`coalesce(${meetings.publicChangedAt}, ${firstPublishedAtSql})`;

export interface PublicMeeting {
  id: number;
  kind: PublicationKind;
  organisationName: string;
  startsAt: string;
  endsAt: string | null;
  location: string;
  committee: { slug: string; name: string };
  participants: PublicParticipant[];
  items: PublicItem[];
  /** Agenda only: what changed after it went out, oldest first (see publicCorrections). */
  corrections?: PublicCorrection[];
}

/**
 * A change of a published agenda as the public reads it: withdrawn, a corrected title or case
 * text (with the reason, unless the item is closed), a new number, and items added as a
 * supplement. The earlier wording is never public.
 */
export interface PublicCorrection {
  kind: AgendaCorrectionKind | "added";
  /** The item's number; for a move, the number it got. */
  number: number;
  /** The item's title as the public sees it (a closed item's title is public too). */
  title: string;
  /** A move: the number the item had before. */
  previousNumber?: number;
  /** When; for an added item when its supplement went out (null if not known). */
  at: Date | null;
  /** Null for a closed item: its reasons could tell what it is about. */
  reason: string | null;
  /** The corrected fields' labels; empty for a closed item. */
  fieldLabels: string[];
  /** Whether a »Rettet dagsorden« (or supplement) has sent it to the members. */
  sent: boolean;
  /** When the »Rettet dagsorden« carrying it went out (null for supplements and unsent). */
  sentAt: Date | null;
}

/** Attendance (absent, partial) is filled in for minutes only. */
export interface PublicParticipant extends AttendanceSummary {
  name: string;
  title: string | null;
  guest: boolean;
}

export interface PublicOpenItem {
  closed: false;
  number: number;
  title: string;
  /** Sent with a supplement (tillægsdagsorden), not with the agenda. */
  supplement?: boolean;
  journalNumber: string | null;
  slotStart: string | null;
  slotEnd: string | null;
  sections: { label: string; text: string; doc: ProseMirrorDoc }[];
  /** Minutes only. */
  decision: { outcome: DecisionOutcome; text: string; doc: ProseMirrorDoc } | null;
  /** `stored`: the file can be fetched; legacy imports know the name only. */
  attachments: {
    id: number;
    name: string;
    title: string;
    mediaType: string | null;
    sizeBytes: number | null;
    stored: boolean;
  }[];
  /** Minutes only: who attended the meeting but not this item. */
  absentNames: string[];
  /** §11: the quorum at the item (minutes of a meeting whose attendance was taken). */
  quorum?: Quorum | null;
  /** Minutes only: inhabilitet. */
  conflicts: { name: string; note: string }[];
  /** Minutes only. */
  votes: VoteView[];
  /** Minutes only: protokoltilførsler. */
  protocolNotes: { author: string; text: string }[];
}

/** A closed item: title, number, reason for closure and the open decision; never its content. */
export interface PublicClosedItem {
  closed: true;
  number: number;
  title: string;
  /** Sent with a supplement (tillægsdagsorden), not with the agenda. */
  supplement?: boolean;
  closureReason: string | null;
  /** Minutes only. */
  openDecision: string | null;
  /**
   * Set when the item was withdrawn after the agenda went out: it is shown as a closed item
   * (no content, no bilag) that says »Punktet er trukket«. The reason only for an open item.
   */
  withdrawn?: { at: Date; reason: string | null };
}

export type PublicItem = PublicOpenItem | PublicClosedItem;

/** Case-template fields that hold the decision; they belong to the minutes, not the agenda. */
const DECISION_FIELD_KEYS = new Set(["beslutning", "decision"]);

function isDecisionField(key: string, label: string): boolean {
  return DECISION_FIELD_KEYS.has(key.toLowerCase()) || DECISION_FIELD_KEYS.has(label.toLowerCase());
}

const withdrawalOf = (meeting: FullMeeting, itemId: number) =>
  meeting.corrections?.find((x) => x.itemId === itemId && x.kind === "withdrawn");

function toPublicItem(item: MeetingItem, kind: PublicationKind, meeting: FullMeeting): PublicItem {
  const participants: MeetingParticipant[] = meeting.participants;
  const minutes = kind === "minutes";
  if (item.withdrawnAt) {
    const record = withdrawalOf(meeting, item.id);
    return {
      closed: true,
      number: item.number,
      title: item.title,
      closureReason: null,
      openDecision: null,
      withdrawn: { at: item.withdrawnAt, reason: item.closed ? null : (record?.reason ?? null) },
    };
  }
  const supplement = isSupplementItem(item) ? { supplement: true } : {};
  if (item.closed) {
    return {
      closed: true,
      number: item.number,
      title: item.title,
      ...supplement,
      closureReason: item.closureReason,
      openDecision: minutes ? item.openDecision : null,
    };
  }
  const decision = minutes && item.decision ? item.decision : null;
  return {
    closed: false,
    number: item.number,
    title: item.title,
    ...supplement,
    journalNumber: item.journalNumber,
    slotStart: item.slotStart,
    slotEnd: item.slotEnd,
    sections: item.fields
      .filter((f) => f.public)
      // Shown as the decision below (minutes) or not yet public (agenda).
      .filter((f) => !(isDecisionField(f.key, f.label) && (decision || !minutes)))
      .map((f) => ({ label: f.label, text: f.text, doc: f.doc })),
    decision: decision
      ? { outcome: decision.outcome, text: decision.text, doc: decision.doc }
      : null,
    attachments: item.attachments
      .filter((a) => a.public)
      .map((a) => ({
        id: a.id,
        name: a.name,
        title: a.title,
        mediaType: a.mediaType,
        sizeBytes: a.sizeBytes,
        stored: a.stored,
      })),
    // The record of how the item was handled is part of the minutes, never of the agenda.
    absentNames: minutes ? absentDuringItem(participants, item.number) : [],
    quorum: minutes ? minutesQuorumAt(meeting, item.id) : null,
    conflicts: minutes ? item.conflicts.map((x) => ({ name: x.name, note: x.note })) : [],
    votes: minutes ? item.votes : [],
    protocolNotes: minutes ? item.protocolNotes : [],
  };
}

/** The public view of a meeting, or null when nothing of it is public. */
export function toPublicMeeting(meeting: FullMeeting): PublicMeeting | null {
  const view = publicViewOf(meeting);
  // Personal data last, over everything the public may see: CPR numbers, withheld bilag.
  return view && applyPrivacy(view, meeting.privacy);
}

/** What the public may see before personal data is taken out; only for the privacy scan. */
export function publicViewOf(meeting: FullMeeting): PublicMeeting | null {
  const kind = publicationKind(meeting);
  if (!kind) return null;
  const minutes = kind === "minutes";
  return {
    id: meeting.id,
    kind,
    organisationName: meeting.organisationName,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    committee: { slug: meeting.committee.slug, name: meeting.committee.name },
    participants: meeting.participants.map((p) => ({
      name: p.name,
      title: p.title,
      guest: p.guest,
      // Attendance is part of the minutes, not of the agenda.
      ...(minutes ? attendanceSummary(p, meeting.participants) : { absent: false, partial: [] }),
    })),
    items: publicRows(meeting, kind).map((item) => toPublicItem(item, kind, meeting)),
    ...(minutes ? {} : { corrections: publicCorrections(meeting) }),
  };
}

/**
 * The public record of an agenda's changes after it went out: the corrections of sent items
 * (a closed item's without reason or field names) and the items sent as a supplement.
 */
export function publicCorrections(full: FullMeeting): PublicCorrection[] {
  const meeting = withSentItems(full);
  const sent = new Map(meeting.items.map((i) => [i.id, i]));
  const version = meeting.agendaVersion ?? 0;
  const changes: PublicCorrection[] = (meeting.corrections ?? []).flatMap((x) => {
    const item = sent.get(x.itemId);
    if (!item) return [];
    const moved = x.kind === "moved" ? { previousNumber: x.previousNumber ?? item.number } : {};
    return [
      {
        kind: x.kind,
        number: x.kind === "moved" ? (x.newNumber ?? item.number) : item.number,
        title: item.title,
        ...moved,
        at: x.at,
        reason: item.closed ? null : x.reason,
        fieldLabels: item.closed ? [] : x.fieldLabels,
        sent: x.sentInVersion !== null && x.sentInVersion <= version,
        sentAt: x.sentAt,
      },
    ];
  });
  const added: PublicCorrection[] = [...sent.values()]
    .filter((i) => (i.publishedInVersion ?? 0) > 1)
    .map((i) => ({
      kind: "added",
      number: i.number,
      title: i.title,
      at: i.sentAt ?? null,
      reason: null,
      fieldLabels: [],
      sent: true,
      sentAt: null,
    }));
  return [...added, ...changes];
}

/**
 * The stored items behind a public meeting's items, in the same order (so index i here is
 * item i there): all items of the minutes; of an agenda, what was sent, since items waiting for
 * a supplement are not public yet.
 */
export function publicRows(meeting: FullMeeting, kind: PublicationKind): MeetingItem[] {
  return kind === "minutes" ? meeting.items : withSentItems(meeting).items;
}

/**
 * The meeting as a member reads it: without items that wait for a supplement. Until that goes
 * out, the items after such an item keep the number and time they were sent with (the stored
 * ones count it already), and a new number it alone gave them is no correction yet.
 */
export function withSentItems(meeting: FullMeeting): FullMeeting {
  if (meeting.items.every((item) => item.sent)) return meeting;
  let waiting = 0;
  let minutes = 0;
  const items = meeting.items.flatMap((item) => {
    if (!item.sent) {
      waiting += 1;
      minutes += slotMinutes(item);
      return [];
    }
    if (waiting === 0) return [item];
    return [
      {
        ...item,
        number: item.number - waiting,
        slotStart: earlier(item.slotStart, minutes),
        slotEnd: earlier(item.slotEnd, minutes),
      },
    ];
  });
  const numberOf = new Map(items.map((item) => [item.id, item.number]));
  const corrections = meeting.corrections?.flatMap((x) => {
    if (x.kind !== "moved" || !isPending(x)) return [x];
    const now = numberOf.get(x.itemId);
    if (now === undefined || now === x.previousNumber) return [];
    return [{ ...x, newNumber: now }];
  });
  return { ...meeting, items, ...(corrections ? { corrections } : {}) };
}

/** The minutes an item's time slot spans (0 without one). */
function slotMinutes(item: Pick<MeetingItem, "slotStart" | "slotEnd">): number {
  const start = minutesOfDay(item.slotStart);
  const end = minutesOfDay(item.slotEnd);
  if (start === null || end === null) return 0;
  return (end - start + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** The time `minutes` before `clock` ("10:15" or "10:15:00", kept so); null stays null. */
const earlier = (clock: string | null, minutes: number) => {
  const at = minutesOfDay(clock);
  return at === null || clock === null ? clock : clockOf(at - minutes) + clock.slice(5);
};
