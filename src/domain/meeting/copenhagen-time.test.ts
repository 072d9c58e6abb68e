import { describe, expect, it } from "vitest";
import { copenhagenToInstant, copenhagenWallClock } from "./copenhagen-time.ts";

describe("Copenhagen wall-clock time", () => {
  it("converts winter and summer times to instants", () => {
    expect(copenhagenToInstant("2025-01-14 16:00:00")?.toISOString()).toBe(
      "2025-01-14T15:00:00.000Z",
    );
    expect(copenhagenToInstant("2025-06-10 09:30")?.toISOString()).toBe("2025-06-10T07:30:00.000Z");
  });

  it("takes the second of the autumn's repeated hour and rejects what is no time", () => {
    expect(copenhagenToInstant("2025-10-26 02:30:00")?.toISOString()).toBe(
      "2025-10-26T01:30:00.000Z",
    );
    expect(copenhagenToInstant("i morgen")).toBeNull();
  });

  it("reads the wall clock at an instant", () => {
    expect(copenhagenWallClock(new Date("2025-06-10T07:30:05Z"))).toBe("2025-06-10 09:30:05");
    expect(copenhagenWallClock(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01 00:30:00");
  });
});
