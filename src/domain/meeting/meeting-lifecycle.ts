import type { MeetingStatus, RoomStatus } from "./meeting.types.ts";

/**
 * The life of a meeting in one place: its statuses in order, the transitions between them
 * (each made by one use case), and the phases the rest of the code asks about.
 *
 *   planned ─publishAgenda→ agenda_published ─finishMeeting→ held
 *     ─publishMinutes→ minutes_published ─approveMinutes→ minutes_approved (locked)
 *
 * A supplement or a corrected agenda publishes again from agenda_published; corrections of
 * published minutes keep their status.
 */
export const MEETING_STATUSES = [
  "planned",
  "agenda_published",
  "held",
  "minutes_published",
  "minutes_approved",
] as const satisfies readonly MeetingStatus[];

const TRANSITIONS = {
  publishAgenda: { from: ["planned", "agenda_published"], to: "agenda_published" },
  finishMeeting: { from: ["agenda_published"], to: "held" },
  publishMinutes: { from: ["held"], to: "minutes_published" },
  approveMinutes: { from: ["minutes_published"], to: "minutes_approved" },
} as const satisfies Record<string, { from: readonly MeetingStatus[]; to: MeetingStatus }>;

export type MeetingTransition = keyof typeof TRANSITIONS;

/** The status after `transition`, or null when the transition is not allowed from `status`. */
export function nextStatus(status: MeetingStatus, transition: MeetingTransition) {
  const t = TRANSITIONS[transition];
  return (t.from as readonly MeetingStatus[]).includes(status) ? t.to : null;
}

/** Sets of statuses the rules ask about, each with what it means. */
export const PHASES = {
  /** Not held yet: the agenda can change (after publication by a supplement), cases go there. */
  open: ["planned", "agenda_published"],
  /** The agenda is out and the meeting not closed: meeting mode and the live view. */
  running: ["agenda_published", "held"],
  /** The meeting took place; its document is the minutes. */
  held: ["held", "minutes_published", "minutes_approved"],
  /** The agenda went out (the public may see it, once agendaPublishedAt is set). */
  agendaOut: ["agenda_published", "held", "minutes_published", "minutes_approved"],
  /** The minutes went out; every change of the record is now a correction. */
  minutesOut: ["minutes_published", "minutes_approved"],
  /** Approved minutes: nothing changes but by a correction with a reason. */
  locked: ["minutes_approved"],
} as const satisfies Record<string, readonly MeetingStatus[]>;

export type MeetingPhase = keyof typeof PHASES;

/** True when `status` belongs to `phase`. */
export function inPhase(phase: MeetingPhase, status: MeetingStatus): boolean {
  return (PHASES[phase] as readonly MeetingStatus[]).includes(status);
}

/** The statuses of a phase as a list a query can take (inArray). */
export const statusesOf = (phase: MeetingPhase): MeetingStatus[] => [...PHASES[phase]];

/**
 * While the agenda is out and the meeting is held, the room has its own state, shown by the
 * live view and the room display:
 *
 *   not_started ─startMeeting→ running ⇄ (pauseMeeting / resumeMeeting) paused
 *     ─endMeeting→ ended   (finishMeeting, which makes the meeting held, also ends the room)
 */
export const ROOM_STATUSES = [
  "not_started",
  "running",
  "paused",
  "ended",
] as const satisfies readonly RoomStatus[];

const ROOM_TRANSITIONS = {
  startMeeting: { from: ["not_started"], to: "running" },
  pauseMeeting: { from: ["running"], to: "paused" },
  resumeMeeting: { from: ["paused"], to: "running" },
  endMeeting: { from: ["running", "paused"], to: "ended" },
} as const satisfies Record<string, { from: readonly RoomStatus[]; to: RoomStatus }>;

export type RoomTransition = keyof typeof ROOM_TRANSITIONS;

/** The room's status after `transition`, or null when it is not allowed from `status`. */
export function nextRoomStatus(status: RoomStatus, transition: RoomTransition): RoomStatus | null {
  const t = ROOM_TRANSITIONS[transition];
  return (t.from as readonly RoomStatus[]).includes(status) ? t.to : null;
}
