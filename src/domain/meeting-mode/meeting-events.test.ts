import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MeetingEvent, meetingEvents } from "./meeting-events.ts";

const note = (itemId: number): MeetingEvent => ({ type: "record", itemId, what: "note" });

/** Fresh meeting ids per run, far from those of other tests. */
let nextBase = 1_000_000;

describe("meetingEvents resuming", () => {
  it("gives a watcher exactly the events after the id it saw last, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (meetingsOfEvents, cut) => {
          nextBase += 10;
          const base = nextBase;
          const ids: { meeting: number; id: string; itemId: number }[] = [];
          const stops = [1, 2, 3].map((m) =>
            meetingEvents.subscribe(base + m, (event, id) => {
              if (event.type === "record" && event.itemId !== null) {
                ids.push({ meeting: base + m, id, itemId: event.itemId });
              }
            }),
          );
          for (const [i, m] of meetingsOfEvents.entries()) meetingEvents.publish(base + m, note(i));
          for (const stop of stops) stop();
          const seen = ids[cut % ids.length];
          if (!seen) return;
          const missed = meetingEvents.since(seen.meeting, seen.id);
          const expected = ids
            .slice(ids.indexOf(seen) + 1)
            .filter((x) => x.meeting === seen.meeting)
            .map((x) => x.id);
          expect(missed?.map((x) => x.id)).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("starts over (null) for an id of another process or of no event yet", () => {
    const head = meetingEvents.head();
    const [epoch, seq] = head.split("-");
    expect(meetingEvents.since(1, `00000000-${seq}`)).toBeNull();
    expect(meetingEvents.since(1, `${epoch}-${Number(seq) + 5}`)).toBeNull();
    expect(meetingEvents.since(1, "nonsense")).toBeNull();
    expect(meetingEvents.since(1, head)).toEqual([]);
  });

  it("starts over when the missed events are no longer kept", () => {
    const meeting = 3_000_001;
    meetingEvents.publish(meeting, note(0));
    const first = meetingEvents.head();
    for (let i = 1; i <= 250; i++) meetingEvents.publish(meeting, note(i));
    expect(meetingEvents.since(meeting, first)).toBeNull();
    const recent = meetingEvents.since(meeting, meetingEvents.head());
    expect(recent).toEqual([]);
  });
});
