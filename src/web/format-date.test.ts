import { describe, expect, it } from "vitest";
import { formatMeetingDate, formatShortDate, isoLocal } from "./format-date.ts";

describe("Danish meeting dates", () => {
  it("writes weekday, date and time the way minutes do", () => {
    expect(formatMeetingDate("2021-11-25 09:00:00")).toBe(
      "torsdag den 25. november 2021 kl. 09.00",
    );
    expect(formatMeetingDate("2025-03-12T13:30:00")).toBe("onsdag den 12. marts 2025 kl. 13.30");
  });

  it("has a short form and a machine-readable form", () => {
    expect(formatShortDate("2025-03-12 09:00:00")).toBe("12. marts 2025");
    expect(isoLocal("2025-03-12 09:00:00")).toBe("2025-03-12T09:00");
  });

  it("leaves an unreadable value as it is rather than inventing a date", () => {
    expect(formatMeetingDate("i morgen")).toBe("i morgen");
  });
});
