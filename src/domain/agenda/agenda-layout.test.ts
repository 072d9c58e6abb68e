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

  it("reads only real clock times", () => {
    expect(minutesOfDay("2025-03-12 09:05:00")).toBe(545);
    expect(minutesOfDay("23:59")).toBe(1439);
    expect(minutesOfDay("24:00")).toBeNull();
    expect(minutesOfDay("9.30")).toBeNull();
  });
});
