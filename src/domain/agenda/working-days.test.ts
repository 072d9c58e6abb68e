import { describe, expect, it } from "vitest";
import { leadTimeOf } from "./lead-time.ts";
import { isWorkingDay, latestNoticeDate, workingDaysBetween } from "./working-days.ts";

describe("Danish working days", () => {
  it("skips weekends and public holidays (Easter, Ascension, Whit Monday, Christmas)", () => {
    expect(isWorkingDay("2025-04-17")).toBe(false); // skærtorsdag
    expect(isWorkingDay("2025-04-21")).toBe(false); // 2. påskedag
    expect(isWorkingDay("2025-05-29")).toBe(false); // Kristi himmelfartsdag
    expect(isWorkingDay("2025-06-09")).toBe(false); // 2. pinsedag
    expect(isWorkingDay("2025-05-16")).toBe(true); // Store Bededag is gone from 2024
    expect(isWorkingDay("2023-05-05")).toBe(false); // but was a holiday in 2023
    expect(isWorkingDay("2025-12-24")).toBe(false);
  });

  it("counts the whole working days between sending and the meeting", () => {
    // Wednesday to Wednesday: Thursday, Friday, Monday, Tuesday.
    expect(workingDaysBetween("2025-03-05", "2025-03-12")).toBe(4);
    expect(workingDaysBetween("2025-03-06", "2025-03-12")).toBe(3);
    // Over Easter 2025 only Tuesday and Wednesday are left before Thursday 24 April.
    expect(workingDaysBetween("2025-04-16", "2025-04-24")).toBe(2);
    expect(latestNoticeDate("2025-03-12")).toBe("2025-03-05");
    expect(latestNoticeDate("2025-04-24")).toBe("2025-04-14");
  });

  it("applies the lead time to political committees only", () => {
    const at = new Date("2025-03-06T08:00:00Z");
    const political = {
      startsAt: "2025-03-12 16:00:00",
      committee: { kind: "political" as const },
    };
    expect(leadTimeOf(political, at)).toEqual({ latest: "2025-03-05", late: true, workingDays: 3 });
    expect(leadTimeOf({ ...political, committee: { kind: "administrative" } }, at)).toBeNull();
  });
});
