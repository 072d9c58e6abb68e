import { EventEmitter } from "node:events";
import type { DecisionOutcome } from "../meeting/meeting.types.ts";

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
  | { type: "status"; status: string; label: string };

type Listener = (event: MeetingEvent) => void;

/**
 * The in-process event bus of meetings being held: use cases publish after their transaction
 * commits, the live view's server-sent events listen per meeting. One process serves a
 * meeting's minute taker and its watchers; with several processes a watcher sees the others'
 * changes on reload only.
 */
class MeetingEventBus {
  readonly #emitter = new EventEmitter();

  constructor() {
    // Every open live view is a listener; many members may watch one meeting.
    this.#emitter.setMaxListeners(0);
  }

  publish(meetingId: number, event: MeetingEvent): void {
    this.#emitter.emit(String(meetingId), event);
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
}

export const meetingEvents = new MeetingEventBus();
