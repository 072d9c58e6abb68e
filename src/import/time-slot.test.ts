import { describe, expect, it } from "vitest";
import { parseDuration, parseTimeSlot, slotMinutes, splitTitleTiming } from "./time-slot.ts";

describe("time slots and durations in item titles", () => {
  it.each([
    ["CF - Byudviklingsforum (8.30-9.30)", "08:30", "09:30"],
    ["Lederdag (10.25-10.45)", "10:25", "10:45"],
    ["Budget (8.30 - 9.30)", "08:30", "09:30"],
    ["Budget (kl. 9.30-10.15)", "09:30", "10:15"],
    ["Budget (09:30–10:15)", "09:30", "10:15"],
    ["Budget (kl. 9-10)", "09:00", "10:00"],
  ])("reads %s", (raw, start, end) => {
    expect(splitTitleTiming(raw)).toEqual({
      title: raw.slice(0, raw.lastIndexOf("(")).trim(),
      timeSlot: { start, end },
      durationMinutes: null,
    });
  });

  it("reads a duration and removes it from the title", () => {
    expect(splitTitleTiming("Orientering om budget (20 min.)")).toEqual({
      title: "Orientering om budget",
      timeSlot: null,
      durationMinutes: 20,
    });
    expect(splitTitleTiming("Orientering (ca. 15 min)").durationMinutes).toBe(15);
  });

  it("reads a slot and a duration together", () => {
    expect(splitTitleTiming("Tema (9.30-10.15) (45 min.)")).toEqual({
      title: "Tema",
      timeSlot: { start: "09:30", end: "10:15" },
      durationMinutes: 45,
    });
  });

  it("leaves ordinary parentheses and year ranges alone", () => {
    for (const title of [
      "Strategi (2021-2025)",
      "Digitaliseringsstrategien 2021 - 2025",
      "Møde (1-2)",
      "Projekt (Digital overblik)",
      "Tid (25.61-26.00)",
    ]) {
      expect(splitTitleTiming(title)).toEqual({ title, timeSlot: null, durationMinutes: null });
    }
  });

  it("computes a slot's length", () => {
    expect(slotMinutes({ start: "09:30", end: "10:15" })).toBe(45);
    expect(slotMinutes({ start: "10:15", end: "09:30" })).toBeNull();
  });

  it("reads a time estimate paragraph", () => {
    expect(parseDuration("(5 min.)")).toBe(5);
    expect(parseDuration("(10 minutter)")).toBe(10);
    expect(parseDuration("(5 min.) Tekst")).toBeNull();
    expect(parseTimeSlot("(9.30)")).toBeNull();
  });

  it("handles a 20 000-character title without a slot", () => {
    const long = `${"(9.30-".repeat(2000)}x ${"(".repeat(5000)})`;
    expect(splitTitleTiming(long).timeSlot).toBeNull();
  });
});
