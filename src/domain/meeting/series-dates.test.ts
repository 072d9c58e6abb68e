import { describe, expect, it } from "vitest";
import { seriesDates } from "./series-dates.ts";

describe("series dates", () => {
  it("adds whole weeks", () => {
    expect(seriesDates("2025-12-24", "biweekly", 3)).toEqual([
      "2025-12-24",
      "2026-01-07",
      "2026-01-21",
    ]);
    expect(seriesDates("2025-03-12", "none", 5)).toEqual(["2025-03-12"]);
  });

  it("keeps the weekday's place in the month, or the last one", () => {
    // The second Wednesday.
    expect(seriesDates("2025-01-08", "monthly", 3)).toEqual([
      "2025-01-08",
      "2025-02-12",
      "2025-03-12",
    ]);
    // The last Thursday.
    expect(seriesDates("2025-01-30", "monthly", 3)).toEqual([
      "2025-01-30",
      "2025-02-27",
      "2025-03-27",
    ]);
    // Over the turn of the year.
    expect(seriesDates("2025-11-04", "monthly", 3)).toEqual([
      "2025-11-04",
      "2025-12-02",
      "2026-01-06",
    ]);
  });
});
