import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { councilTermOf } from "./council-term.ts";

describe("councilTermOf", () => {
  it("knows the periods around the reform and since", () => {
    expect(councilTermOf(2026)).toEqual({ startYear: 2026, endYear: 2029 });
    expect(councilTermOf(2025)).toEqual({ startYear: 2022, endYear: 2025 });
    expect(councilTermOf(2010)).toEqual({ startYear: 2010, endYear: 2013 });
    expect(councilTermOf(2009)).toEqual({ startYear: 2007, endYear: 2009 });
    expect(councilTermOf(2006)).toEqual({ startYear: 2002, endYear: 2006 });
    expect(councilTermOf(2001)).toEqual({ startYear: 1998, endYear: 2001 });
    expect(councilTermOf(1994)).toEqual({ startYear: 1994, endYear: 1997 });
  });

  it("puts every year in exactly one period, and periods follow each other without gaps", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2200 }), (year) => {
        const term = councilTermOf(year);
        expect(term.startYear).toBeLessThanOrEqual(year);
        expect(term.endYear).toBeGreaterThanOrEqual(year);
        expect(councilTermOf(term.startYear)).toEqual(term);
        expect(councilTermOf(term.endYear)).toEqual(term);
        expect(councilTermOf(term.endYear + 1).startYear).toBe(term.endYear + 1);
      }),
    );
  });
});
