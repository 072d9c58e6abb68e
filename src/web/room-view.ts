import type { Quorum } from "../domain/meeting-room/presence.ts";
import type { RoomState } from "../domain/meeting-room/room-state.ts";
import { roomMessages } from "../i18n/da/room.ts";

/**
 * The texts the room's pages show of a RoomState. Shared by the server-rendered pages and the
 * meeting-room island, which redraws the same texts when the state changes.
 */
const r = roomMessages;

export const statusText = (s: RoomState) => r.status[s.status];

export const itemText = (s: RoomState) => (s.currentItem ? s.currentItem.heading : r.item.none);

export function quorumText(q: Quorum | null): { text: string; ok: boolean } | null {
  if (!q) return null;
  return q.quorate
    ? { text: r.quorum.quorate(q.present, q.seats), ok: true }
    : { text: r.quorum.notQuorate(q.present, q.seats, q.needed), ok: false };
}

export function openVoteText(s: RoomState): string[] {
  const v = s.openVote;
  if (!v) return [r.vote.none];
  return [
    v.item ? r.vote.openAt(v.item.number, v.item.title) : r.vote.open,
    ...(v.subject ? [r.vote.about(v.subject)] : []),
    r.vote.cast(v.cast, v.eligible),
  ];
}

/** The last result: heading, counts and outcome, then the names on each side. */
export function resultText(s: RoomState): { summary: string; names: string[] } | null {
  const v = s.lastResult;
  if (!v) return null;
  const c = v.counts;
  const summary = `${v.subject ? `${v.subject}: ` : ""}${r.outcome[v.outcome]} (${r.vote.result(c.inFavour, c.against, c.abstaining)})`;
  const side = (label: string, names: string[]) =>
    names.length > 0 ? [`${label}: ${names.join(", ")}`] : [];
  return {
    summary,
    names: [
      ...side(r.vote.sides.for, v.inFavour),
      ...side(r.vote.sides.against, v.against),
      ...side(r.vote.sides.abstain, v.abstaining),
    ],
  };
}

export function attendanceText(s: RoomState): { label: string; value: string }[] {
  const a = s.attendance;
  const list = (x: string[]) => (x.length > 0 ? x.join(", ") : r.attendance.none);
  return [
    { label: r.attendance.present, value: list(a.present) },
    { label: r.attendance.afbud, value: list(a.afbud) },
    ...(a.late.length > 0
      ? [
          {
            label: r.attendance.lateHeading,
            value: list(a.late.map((x) => r.attendance.late(x.name, x.itemNumber))),
          },
        ]
      : []),
    ...(a.left.length > 0
      ? [
          {
            label: r.attendance.leftHeading,
            value: list(a.left.map((x) => r.attendance.left(x.name, x.itemNumber))),
          },
        ]
      : []),
    ...(a.substitutes.length > 0
      ? [
          {
            label: r.attendance.substitutesHeading,
            value: list(a.substitutes.map((x) => r.attendance.substitute(x.name, x.forName))),
          },
        ]
      : []),
  ];
}

/** "4:07" from a start time and now; hours as "1:02:03". */
export function elapsed(startedAt: string, now: number): string {
  const total = Math.max(0, Math.floor((now - Date.parse(startedAt)) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/**
 * What a page with forms depends on: when it changes, the island reloads the page (forms carry
 * ids the state alone does not rebuild).
 */
export const formSignature = (s: RoomState) =>
  [
    s.status,
    s.currentItem?.id ?? "",
    s.openVote?.id ?? "",
    s.lastResult?.id ?? "",
    s.speakers.current?.id ?? "",
    s.speakers.queue.map((x) => x.id).join(","),
  ].join("|");
