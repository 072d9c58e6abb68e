import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseOparlListQuery } from "./oparl-query.ts";

const query = (params: Record<string, string>) => parseOparlListQuery((name) => params[name]);

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** An instant written as RFC 3339 in a zone `offset` minutes east of UTC. */
function written(at: Date, offset: number, lower: boolean): string {
  const local = new Date(at.getTime() + offset * 60_000);
  const zone =
    offset === 0 && lower
      ? "z"
      : offset === 0
        ? "Z"
        : `${offset < 0 ? "-" : "+"}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}`;
  return `${date}${lower ? "t" : "T"}${time}${zone}`;
}

describe("OParl's list query", () => {
  it("reads any date-time with a zone as its instant, in either case", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1990-01-01T00:00:00Z"),
          max: new Date("2100-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom(0, 60, 120, -300, 330, 765),
        fc.boolean(),
        (at, offset, lower) => {
          const parsed = query({ modified_since: written(at, offset, lower) });
          expect("error" in parsed ? parsed.error : parsed.modified.since?.getTime()).toBe(
            at.getTime(),
          );
        },
      ),
    );
  });

  it("refuses in Danish what is no real date-time with a zone", () => {
    for (const value of [
      "2026-02-29T00:00:00Z",
      "2026-02-31T00:00:00Z",
      "2026-04-31T12:00:00+02:00",
      "2026-13-01T00:00:00Z",
      "2026-01-01T24:00:00Z",
      "2026-01-01T00:60:00Z",
      "2026-01-01T00:00:00",
      "2026-01-01",
      "i går",
    ]) {
      const parsed = query({ created_until: value });
      expect("error" in parsed && parsed.error, value).toMatch(
        /^»created_until« skal være et tidspunkt med tidszone/,
      );
    }
    expect("error" in query({ created_until: "2028-02-29T00:00:00Z" })).toBe(false);
  });

  it("reads a »+« that arrived as a space, and keeps the filters for the page links", () => {
    const parsed = query({ modified_since: "2026-03-01T00:00:00 01:00", page: "2" });
    expect(parsed).toMatchObject({
      page: 2,
      filters: { modified_since: "2026-03-01T00:00:00+01:00" },
    });
    expect("error" in parsed ? null : parsed.modified.since?.toISOString()).toBe(
      "2026-02-28T23:00:00.000Z",
    );
  });
});
