import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agendaTiming, computeSlots, minutesOfDay } from "./agenda-layout.ts";

describe("time slots", () => {
  it("runs each item from where the previous one ended, skipping items without an estimate", () => {
    const slots = computeSlots("2025-03-12 09:30:00", [
      { id: 1, durationMinutes: 5 },
      { id: 2, durationMinutes: null },
      { id: 3, durationMinutes: 40 },
      { id: 4, durationMinutes: 20 },
    ]);
    expect(slots).toEqual([
      { id: 1, slotStart: "09:30", slotEnd: "09:35" },
      { id: 2, slotStart: null, slotEnd: null },
      { id: 3, slotStart: "09:35", slotEnd: "10:15" },
      { id: 4, slotStart: "10:15", slotEnd: "10:35" },
    ]);
  });

  it("warns with the minutes an agenda runs past the meeting's end", () => {
    const meeting = { startsAt: "2025-03-12 16:00:00", endsAt: "2025-03-12 17:00:00" };
    expect(agendaTiming(meeting, [{ id: 1, durationMinutes: 45 }])).toEqual({
      plannedMinutes: 45,
      availableMinutes: 60,
      overrunMinutes: 0,
      endsAt: "16:45",
    });
    expect(
      agendaTiming(meeting, [
        { id: 1, durationMinutes: 45 },
        { id: 2, durationMinutes: 30 },
      ]).overrunMinutes,
    ).toBe(15);
    expect(agendaTiming({ ...meeting, endsAt: null }, []).availableMinutes).toBeNull();
  });

  it("gives a withdrawn item no time: the plan is the plan without it", () => {
    const item = fc.record({
      durationMinutes: fc.option(fc.integer({ min: -5, max: 120 })),
      withdrawn: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (drawn) => {
        const items = drawn.map((x, id) => ({ id, ...x }));
        const kept = items.filter((i) => !i.withdrawn);
        const slots = computeSlots("2027-05-01 09:00", items);
        const without = new Map(computeSlots("2027-05-01 09:00", kept).map((s) => [s.id, s]));
        for (const slot of slots) {
          const withdrawn = items[slot.id]?.withdrawn;
          expect(slot).toEqual(
            withdrawn ? { id: slot.id, slotStart: null, slotEnd: null } : without.get(slot.id),
          );
        }
        const meeting = { startsAt: "2027-05-01 09:00", endsAt: "2027-05-01 10:00" };
        expect(agendaTiming(meeting, items)).toEqual(agendaTiming(meeting, kept));
      }),
    );
  });

  it("reads only real clock times", () => {
    expect(minutesOfDay("2025-03-12 09:05:00")).toBe(545);
    expect(minutesOfDay("23:59")).toBe(1439);
    expect(minutesOfDay("24:00")).toBeNull();
    expect(minutesOfDay("9.30")).toBeNull();
  });
});
