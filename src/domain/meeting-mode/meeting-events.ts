import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import type { DecisionOutcome } from "../meeting/meeting.types.ts";
import type { RoomState } from "../meeting-room/room-state.ts";

/** What a second device watching a meeting is told. Plain text only: it is shown as text. */
export type MeetingEvent =
  | {
      type: "decision";
      itemId: number;
      number: number;
      title: string;
      outcome: DecisionOutcome;
      outcomeLabel: string;
      text: string;
      version: number;
    }
  | { type: "record"; itemId: number | null; what: "attendance" | "conflict" | "vote" | "note" }
  | { type: "status"; status: string; label: string }
  /** The whole room (meeting-room/publish-room-state.ts); live views pass on what a viewer may see. */
  | { type: "room"; state: RoomState };

/** An event with its id: "<process epoch>-<sequence>", increasing within one process. */
export interface StampedEvent {
  id: string;
  event: MeetingEvent;
}

type Listener = (event: MeetingEvent, id: string) => void;

/** Events kept per meeting for watchers that reconnect, and meetings kept at most. */
const HISTORY_PER_MEETING = 200;
const HISTORY_MEETINGS = 500;

interface History {
  events: { seq: number; event: MeetingEvent }[];
  /** Events up to this sequence number are no longer kept for the meeting. */
  forgottenUpTo: number;
}

/**
 * The in-process event bus of meetings being held: use cases publish after their transaction
 * commits, the live view's server-sent events listen per meeting. One process serves a
 * meeting's minute taker and its watchers; with several processes a watcher sees the others'
 * changes on reload only.
 *
 * Every event gets an id, and the last events of each meeting are kept, so a watcher that
 * reconnects with the id it saw last (Last-Event-ID) gets exactly the events it missed. Ids
 * carry the process's epoch: an id from before a restart is not mistaken for a new one.
 */
class MeetingEventBus {
  readonly #emitter = new EventEmitter();
  readonly #epoch = randomBytes(4).toString("hex");
  #seq = 0;
  readonly #history = new Map<number, History>();
  /** The highest sequence number of a meeting whose history was dropped altogether. */
  #evictedUpTo = 0;

  constructor() {
    // Every open live view is a listener; many members may watch one meeting.
    this.#emitter.setMaxListeners(0);
  }

  publish(meetingId: number, event: MeetingEvent): void {
    const seq = ++this.#seq;
    this.#remember(meetingId, seq, event);
    this.#emitter.emit(String(meetingId), event, this.#idOf(seq));
  }

  /** Calls `listener` for each event of the meeting until the returned function is called. */
  subscribe(meetingId: number, listener: Listener): () => void {
    const key = String(meetingId);
    this.#emitter.on(key, listener);
    return () => this.#emitter.off(key, listener);
  }

  listenerCount(meetingId: number): number {
    return this.#emitter.listenerCount(String(meetingId));
  }

  /** The id of the latest event of any meeting: where a watcher starting now stands. */
  head(): string {
    return this.#idOf(this.#seq);
  }

  /**
   * The meeting's events after `lastId`, oldest first; null when they cannot all be given (an
   * id of another process or of no event, or older than the history kept), so the caller
   * must start over from the current state.
   */
  since(meetingId: number, lastId: string): StampedEvent[] | null {
    const match = /^([0-9a-f]{8})-([0-9]{1,15})$/.exec(lastId);
    if (!match || match[1] !== this.#epoch) return null;
    const after = Number(match[2]);
    if (after > this.#seq) return null;
    const history = this.#history.get(meetingId);
    if (after < (history?.forgottenUpTo ?? this.#evictedUpTo)) return null;
    return (history?.events ?? [])
      .filter((x) => x.seq > after)
      .map((x) => ({ id: this.#idOf(x.seq), event: x.event }));
  }

  #idOf(seq: number): string {
    return `${this.#epoch}-${seq}`;
  }

  #remember(meetingId: number, seq: number, event: MeetingEvent) {
    const history = this.#history.get(meetingId) ?? {
      events: [],
      forgottenUpTo: this.#evictedUpTo,
    };
    // Re-inserting keeps the map in order of the latest event: the first key is the stalest.
    this.#history.delete(meetingId);
    this.#history.set(meetingId, history);
    history.events.push({ seq, event });
    if (history.events.length > HISTORY_PER_MEETING) {
      history.forgottenUpTo = history.events.shift()?.seq ?? history.forgottenUpTo;
    }
    if (this.#history.size > HISTORY_MEETINGS) {
      const [stalest] = this.#history;
      if (stalest) {
        this.#history.delete(stalest[0]);
        this.#evictedUpTo = Math.max(this.#evictedUpTo, stalest[1].events.at(-1)?.seq ?? 0);
      }
    }
  }
}

export const meetingEvents = new MeetingEventBus();
